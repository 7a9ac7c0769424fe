package id.simak.analysis;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Recognises country names as Indonesian news writes them and gives their ISO 3166-1 alpha-2 codes. */
public final class CountryNames {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    // Spellings news uses beside CLDR's Indonesian names (CLDR says "Tiongkok", "Inggris Raya", ...).
    private static final String[][] ALIASES = {
            {"China", "CN"}, {"Cina", "CN"}, {"RRT", "CN"}, {"RRC", "CN"}, {"Tiongkok", "CN"},
            {"Kirgizstan", "KG"}, {"Kyrgyzstan", "KG"}, {"Kirghizstan", "KG"}, {"Kirgistan", "KG"},
            {"Amerika Serikat", "US"}, {"AS", "US"}, {"USA", "US"}, {"Amerika", "US"},
            {"Korea Selatan", "KR"}, {"Korsel", "KR"}, {"Korea Utara", "KP"}, {"Korut", "KP"},
            {"Inggris", "GB"}, {"Britania Raya", "GB"}, {"Rusia", "RU"}, {"Belanda", "NL"},
            {"Timor Leste", "TL"}, {"Timor-Leste", "TL"}, {"Vietnam", "VN"}, {"Myanmar", "MM"},
            {"Uni Emirat Arab", "AE"}, {"UEA", "AE"}, {"Saudi", "SA"}, {"Arab Saudi", "SA"},
            {"PNG", "PG"}, {"Kazakstan", "KZ"}, {"Tajikistan", "TJ"}, {"Tadjikistan", "TJ"}, {"Turkmenistan", "TM"},
            {"Uzbekistan", "UZ"}, {"Filipina", "PH"}, {"Selandia Baru", "NZ"}, {"Papua Nugini", "PG"},
            {"Republik Ceko", "CZ"}, {"Ceko", "CZ"}, {"Turki", "TR"}, {"Iran", "IR"}, {"Palestina", "PS"},
            {"Hong Kong", "HK"}, {"Makau", "MO"}, {"Taiwan", "TW"}, {"Laos", "LA"}, {"Brunei", "BN"},
            {"Brunei Darussalam", "BN"}, {"Singapura", "SG"}, {"Thailand", "TH"}, {"Kamboja", "KH"},
            {"Chile", "CL"}, {"Chili", "CL"}, {"Kolombia", "CO"}, {"Meksiko", "MX"}, {"Swiss", "CH"},
            {"Perancis", "FR"}, {"Afghanistan", "AF"}, {"Srilanka", "LK"}, {"Brazil", "BR"},
            {"Republik Indonesia", "ID"}, {"Republik Rakyat Tiongkok", "CN"}, {"Republik Rakyat China", "CN"},
            {"Republik Rakyat Demokratik Korea", "KP"}, {"Republik Demokratik Rakyat Korea", "KP"}, {"RRDK", "KP"},
            {"Republik Korea", "KR"},
    };

    private static final java.util.Set<String> ENGLISH_NOT_COUNTRIES = java.util.Set.of("Jordan", "Georgia", "Chad",
            "Jersey", "Guernsey", "Isle of Man", "Dominica", "Christmas Island", "Turkey", "Niue", "Guinea", "Mali");

    private final Map<String, String> codeByName = new HashMap<>();
    private final Map<String, String> nameByCode = new HashMap<>();
    private final int longestName;

    public CountryNames() {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            String indonesian = country.getDisplayCountry(INDONESIAN);
            put(indonesian, code);
            nameByCode.put(code, indonesian);
        }
        for (String[] alias : ALIASES) {
            put(alias[0], alias[1]);
        }
        // "Duta Besar Saudi Arabia", "Duta Besar Iraq": news keeps English names too; not those that are also given
        // names or words of the language ("Jordan", "Jersey").
        for (String code : Locale.getISOCountries()) {
            String english = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (!ENGLISH_NOT_COUNTRIES.contains(english)) {
                put(english, code);
            }
        }
        int longest = 1;
        for (String name : codeByName.keySet()) {
            longest = Math.max(longest, name.split(" ").length);
        }
        longestName = longest;
    }

    private void put(String name, String code) {
        if (name == null || name.isBlank() || name.contains("(")) {
            return;
        }
        codeByName.putIfAbsent(key(name), code);
    }

    /** Key for a name: lower case, hyphens as spaces; "AS" stays case-sensitive so the word "as" is no country. */
    private static String key(String name) {
        String spaced = name.replace('-', ' ').trim();
        return spaced.length() <= 3 && spaced.equals(spaced.toUpperCase(Locale.ROOT))
                ? spaced : spaced.toLowerCase(Locale.ROOT);
    }

    /** The ISO code of a country name as written, or null. */
    public String codeOf(String name) {
        if (name == null || name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) {
            return null;
        }
        String code = codeByName.get(key(name));
        // "Republik Vanuatu", "Kerajaan Thailand": the state's form before its name
        if (code == null && STATE_FORM.matcher(name).lookingAt()) {
            code = codeByName.get(key(STATE_FORM.matcher(name).replaceFirst("")));
        }
        return code;
    }

    private static final java.util.regex.Pattern STATE_FORM = java.util.regex.Pattern.compile(
            "(?:Republik|Kerajaan|Negara|Kesultanan|Federasi|Persemakmuran)\\s+(?=\\p{Lu})");

    /** CLDR's Indonesian name of a country code. */
    public String indonesianName(String code) {
        return nameByCode.get(code);
    }

    int longestName() {
        return longestName;
    }
}
