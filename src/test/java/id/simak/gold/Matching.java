package id.simak.gold;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matching rules shared by {@link AnalysisScore} and {@link QuestionCoverage}, kept in one place so the
 * two never disagree on what "the same fact" means.
 *
 * <ul>
 *   <li>Text: case-insensitive, accents removed, curly quotes and dashes made plain, whitespace collapsed.</li>
 *   <li>Dates: ISO values equal; a key value without a year ({@code --MM-dd}) also matches a full date with
 *       that month and day, because an analyzer may borrow the year from context; ranges {@code a/b} match
 *       part by part.</li>
 *   <li>Countries: by ISO 3166-1 alpha-2 code through a small alias table (Tiongkok = China = RRT = CN,
 *       AS = Amerika Serikat = US, ...), else by name.</li>
 *   <li>Places: names equal after dropping a leading administrative or geographic word (Provinsi, Kabupaten,
 *       Kota, Kecamatan, Desa, Pelabuhan, Sungai, Pulau, ...), so "Sigi" finds "Kabupaten Sigi".</li>
 *   <li>Numbers: values equal within a relative 1e-9, units equal after aliasing (Rp = rupiah, % = persen)
 *       or one unit is the other followed by more words ("dolar" and "dolar AS"); a key without unit takes any.</li>
 * </ul>
 */
final class Matching {

    private static final Map<String, String> COUNTRY_CODES = new HashMap<>();
    private static final Pattern ADMIN_PREFIX =
            Pattern.compile("^(provinsi|kabupaten|kota|kecamatan|desa|kelurahan|pelabuhan|sungai|pulau|gunung|danau)\\s+");
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("^(dan|serta|atau)\\s+");
    // "para siswa, guru, dan pihak sekolah": the plural marker before an item is no part of what it names.
    private static final Pattern LEADING_PLURAL = Pattern.compile("^para\\s+");
    // "dan lainnya", "dll": the list goes on beyond what it names; keys write it as an item or leave it out.
    private static final Set<String> ET_CETERA = Set.of("lainnya", "lain-lain", "lain-lainnya", "sebagainya",
            "lain sebagainya", "dll", "dsb");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");
    private static final Pattern NUMBER = Pattern.compile(
            "(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?|\\d+(?:\\.\\d+)?)\\s*(ribu|juta|miliar|triliun)?");

    static {
        country("CN", "china", "tiongkok", "rrt", "republik rakyat tiongkok", "rrc", "republik rakyat china");
        country("US", "as", "amerika serikat", "amerika");
        country("CL", "chile", "cile");
        country("ID", "indonesia", "ri", "republik indonesia");
        country("MY", "malaysia");
        country("SG", "singapura", "singapore");
        country("TH", "thailand");
        country("LA", "laos");
        country("VN", "vietnam");
        country("PH", "filipina", "philippines");
        country("BN", "brunei", "brunei darussalam");
        country("KH", "kamboja");
        country("MM", "myanmar");
        country("TL", "timor leste", "timor-leste");
        country("KZ", "kazakhstan");
        country("KG", "kirgizstan", "kirgistan", "kyrgyzstan");
        country("TJ", "tajikistan");
        country("TM", "turkmenistan");
        country("UZ", "uzbekistan");
        country("RU", "rusia");
        country("JP", "jepang");
        country("KR", "korea selatan");
        country("IN", "india");
        country("AU", "australia");
        country("NZ", "selandia baru", "new zealand");
        country("FJ", "fiji");
    }

    private Matching() {}

    private static void country(String code, String... names) {
        for (String name : names) {
            COUNTRY_CODES.put(name, code);
        }
    }

    /** Lower case, no accents, plain quotes and dashes, single spaces. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        plain = plain.replace('\u201C', '"').replace('\u201D', '"').replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u2013', '-').replace('\u2014', '-');
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    /** {@link #norm} without punctuation at either end, so "bersama," equals "bersama". */
    static String bare(String s) {
        return EDGE_PUNCTUATION.matcher(norm(s)).replaceAll("");
    }

    /**
     * A list item without the conjunction that joins it to the list ("dan keuntungan bersama") and without a gloss or
     * short form in brackets at its end ("Gabah Kering Giling (GKG)", "rubber (karet)"): the same item either way.
     */
    static String item(String s) {
        String trimmed = TRAILING_BRACKET.matcher(s.strip()).replaceFirst("");
        String item = LEADING_CONJUNCTION.matcher(bare(trimmed.isBlank() ? s : trimmed)).replaceFirst("");
        return LEADING_PLURAL.matcher(item).replaceFirst("");
    }

    private static final Pattern TRAILING_BRACKET = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    /** The items of a list as a set of normalised items. */
    static Set<String> itemSet(Collection<String> items) {
        Set<String> set = new HashSet<>();
        for (String s : items) {
            String item = item(s);
            if (!ET_CETERA.contains(item)) {
                set.add(item);
            }
        }
        return set;
    }

    /** Whether {@code text} holds {@code part} as whole words (both normalised). */
    static boolean containsWords(String text, String part) {
        String t = " " + bare(text).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        String p = bare(part).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return !p.isEmpty() && t.contains(" " + p + " ");
    }

    static boolean datesMatch(String keyValue, String reported) {
        if (keyValue == null || reported == null) {
            return false;
        }
        String[] k = keyValue.trim().split("/");
        String[] r = reported.trim().split("/");
        if (k.length != r.length) {
            return false;
        }
        for (int i = 0; i < k.length; i++) {
            if (!datePartMatches(k[i].trim(), r[i].trim())) {
                return false;
            }
        }
        return true;
    }

    private static boolean datePartMatches(String key, String reported) {
        if (key.equalsIgnoreCase(reported)) {
            return true;
        }
        // "--05-16" said without a year still matches "2023-05-16".
        return key.startsWith("--") && reported.matches("\\d{4}" + Pattern.quote(key.substring(1)));
    }

    /** The ISO code for a country name or alias, or null. */
    static String countryCode(String name) {
        return COUNTRY_CODES.get(bare(name));
    }

    static boolean countryMatches(String keyName, String reportedText, String reportedCode) {
        String keyCode = countryCode(keyName);
        if (keyCode != null && reportedCode != null && keyCode.equalsIgnoreCase(reportedCode.trim())) {
            return true;
        }
        if (keyCode != null && keyCode.equals(countryCode(reportedText))) {
            return true;
        }
        return !bare(keyName).isEmpty() && bare(keyName).equals(bare(reportedText));
    }

    static boolean placeMatches(String keyName, String reported) {
        String k = stripAdmin(keyName);
        return !k.isEmpty() && k.equals(stripAdmin(reported));
    }

    /** A place name without its leading administrative or geographic word. */
    static String stripAdmin(String place) {
        return ADMIN_PREFIX.matcher(bare(place)).replaceFirst("");
    }

    /** Whether a reported person name is the key's person: equal names, or one name holds the other's words. */
    static boolean personMatches(String keyName, String reported) {
        if (reported == null || reported.isBlank()) {
            return false;
        }
        return containsWords(reported, keyName) || containsWords(keyName, reported);
    }

    static boolean numbersMatch(double keyValue, String keyUnit, double value, String unit) {
        double scale = Math.max(Math.abs(keyValue), 1.0);
        if (Math.abs(keyValue - value) > 1e-9 * scale) {
            return false;
        }
        return unitsMatch(keyUnit, unit);
    }

    // Counting words Indonesian puts between a figure and the thing counted ("dua orang tersangka", "tiga buah kapal").
    private static final java.util.Set<String> CLASSIFIERS = java.util.Set.of("orang", "buah", "ekor", "unit", "biji",
            "lembar", "batang", "helai", "butir", "pucuk");

    /**
     * "dua orang tersangka" keyed as 2 "orang" or 2 "orang tersangka" and read as 2 "tersangka": the same count,
     * the classifier written or not. The value must be equal, and the classifier stand in the reported words.
     */
    static boolean classifierCount(double keyValue, String keyUnit, double value, String unit, String text) {
        if (keyUnit == null || unit == null || text == null || Math.abs(keyValue - value) > 1e-9 * Math.max(1, Math.abs(keyValue))) {
            return false;
        }
        String[] k = bare(keyUnit).split(" ");
        if (!CLASSIFIERS.contains(k[0]) || !containsWords(text, k[0])) {
            return false;
        }
        String rest = String.join(" ", java.util.Arrays.copyOfRange(k, 1, k.length));
        return rest.isEmpty() || unitsMatch(rest, unit);
    }

    /** Units equal after aliasing, or one is the other followed by more words; a key without unit takes any. */
    static boolean unitsMatch(String keyUnit, String unit) {
        if (keyUnit == null || keyUnit.isBlank()) {
            return true;
        }
        String k = unit(keyUnit);
        String r = unit(unit);
        // "83 perak" after "82 medali emas": the head noun one list item gives is left out by the next.
        return k.equals(r) || r.startsWith(k + " ") || k.startsWith(r + " ") && !r.isEmpty()
                || !r.isEmpty() && (r.endsWith(" " + k) || k.endsWith(" " + r)) && k.split(" ").length <= 2 && r.split(" ").length <= 2;
    }

    private static String unit(String unit) {
        // "%" is all punctuation, so it must be read before bare() strips it away.
        String u = norm(unit).equals("%") ? "%" : bare(unit);
        return switch (u) {
            case "rp" -> "rupiah";
            case "%" -> "persen";
            case "us$", "usd", "dollar as", "dolar amerika serikat" -> "dolar as";
            case "hektar" -> "hektare";
            default -> u;
        };
    }

    /**
     * Every number written in a string, Indonesian style ("15.250", "1,2 triliun") or plain ("1.5", "7"),
     * with the multiplier word applied; used to find a value in a question's answer.
     */
    static List<Double> numbersIn(String s) {
        List<Double> values = new ArrayList<>();
        Matcher m = NUMBER.matcher(norm(s));
        while (m.find()) {
            String digits = m.group(1);
            double v;
            if (digits.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
                v = Double.parseDouble(digits.replace(".", "").replace(',', '.'));
            } else {
                v = Double.parseDouble(digits.replace(',', '.'));
            }
            if (m.group(2) != null) {
                v *= switch (m.group(2)) {
                    case "ribu" -> 1e3;
                    case "juta" -> 1e6;
                    case "miliar" -> 1e9;
                    default -> 1e12;
                };
            }
            values.add(v);
        }
        return values;
    }
}
