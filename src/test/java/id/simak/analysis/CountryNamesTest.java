package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryNamesTest {

    private static final CountryNames COUNTRIES = new CountryNames();

    @ParameterizedTest
    @CsvSource(nullValues = "null", textBlock = """
            China, CN
            Tiongkok, CN
            RRT, CN
            Cina, CN
            Kirgizstan, KG
            Kyrgyzstan, KG
            Kirghizstan, KG
            Amerika Serikat, US
            AS, US
            Korea Selatan, KR
            Korsel, KR
            Jepang, JP
            Inggris, GB
            Timor Leste, TL
            Saudi Arabia, SA
            Iraq, IQ
            Philippines, PH
            Jordan, null
            Tajik, null
            as, null
            Asia Tengah, null
            Presiden, null
            """)
    void knowsCldrNamesAndNewsSpellings(String name, String code) {
        assertEquals(code, COUNTRIES.codeOf(name));
    }

    @ParameterizedTest
    @CsvSource({"CN, Tiongkok", "KG, Kirgizstan", "US, Amerika Serikat"})
    void givesCldrIndonesianNames(String code, String name) {
        assertEquals(name, COUNTRIES.indonesianName(code));
    }
}
