package id.simak.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** General knowledge of which countries lie in which region, so country distractors come from the answer's neighbourhood. */
final class Regions {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    // Neighbouring regions stand next to each other, so filling up from the next region stays plausible.
    private static final String[][] REGIONS = {
            {"KZ", "KG", "TJ", "TM", "UZ"},
            {"AF", "MN", "AZ", "AM", "GE"},
            {"CN", "JP", "KR", "KP", "TW", "HK"},
            {"ID", "MY", "SG", "TH", "VN", "PH", "MM", "KH", "LA", "BN", "TL"},
            {"IN", "PK", "BD", "LK", "NP", "BT", "MV"},
            {"SA", "AE", "IR", "IQ", "SY", "JO", "LB", "IL", "PS", "TR", "QA", "KW", "OM", "YE", "BH"},
            {"EG", "MA", "DZ", "TN", "LY", "SD"},
            {"NG", "ZA", "KE", "ET", "GH", "TZ", "UG", "SN"},
            {"RU", "UA", "BY", "PL", "CZ", "SK", "HU", "RO", "BG"},
            {"GB", "FR", "DE", "NL", "BE", "LU", "CH", "AT", "IE"},
            {"IT", "ES", "PT", "GR", "HR", "RS"},
            {"SE", "NO", "DK", "FI", "IS"},
            {"US", "CA", "MX"},
            {"BR", "AR", "CL", "CO", "PE", "VE", "UY"},
            {"AU", "NZ", "PG", "FJ"},
    };

    private Regions() {
    }

    /** Other countries, those of the same region first, then of the regions next to it. */
    static List<String> neighbours(String code) {
        int home = 0;
        for (int r = 0; r < REGIONS.length; r++) {
            for (String c : REGIONS[r]) {
                if (c.equals(code)) {
                    home = r;
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int step = 0; step < REGIONS.length; step++) {
            int r = step % 2 == 0 ? home + step / 2 : home - (step + 1) / 2;
            for (int k : new int[] {r, step == 0 ? -1 : (step % 2 == 0 ? home - step / 2 : home + (step + 1) / 2)}) {
                if (k >= 0 && k < REGIONS.length) {
                    for (String c : REGIONS[k]) {
                        if (!c.equals(code) && !out.contains(c)) {
                            out.add(c);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The Indonesian name of a country from the JDK's CLDR data. */
    static String indonesianName(String code) {
        return new Locale("", code).getDisplayCountry(INDONESIAN);
    }
}
