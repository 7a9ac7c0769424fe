package id.simak.analysis;

import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds quantities written in digits (Indonesian separators) or in words, with their value and unit. */
public final class NumberExtractor {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(IndonesianCalendar.INDONESIAN);
    private static final String GROUP = Pattern.quote(String.valueOf(SYMBOLS.getGroupingSeparator()));
    private static final String DECIMAL = Pattern.quote(String.valueOf(SYMBOLS.getDecimalSeparator()));
    private static final Pattern DIGITS = Pattern.compile("(?<![\\p{L}\\p{N}.,/])(?<cur>Rp\\.?\\s?|US\\$\\s?|\\$\\s?)?"
            + "(?<num>\\d{1,3}(?:" + GROUP + "\\d{3})+(?:" + DECIMAL + "\\d+)?|\\d+(?:" + DECIMAL + "\\d+)?)"
            + "(?![\\p{L}\\p{N}]|[.,/]\\d)(?<pct>\\s?%)?");
    private static final Map<String, Double> SCALES = Map.of(
            "ribu", 1e3, "juta", 1e6, "miliar", 1e9, "milyar", 1e9, "triliun", 1e12, "ratus", 1e2, "puluh", 10.0);
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("nol", 0), Map.entry("satu", 1), Map.entry("dua", 2), Map.entry("tiga", 3), Map.entry("empat", 4),
            Map.entry("lima", 5), Map.entry("enam", 6), Map.entry("tujuh", 7), Map.entry("delapan", 8),
            Map.entry("sembilan", 9), Map.entry("sepuluh", 10), Map.entry("sebelas", 11), Map.entry("seratus", 100),
            Map.entry("seribu", 1000), Map.entry("sejuta", 1_000_000));
    // Words that follow a number without being its unit ("satu sama lain", "lima di antaranya").
    private static final Set<String> NOT_UNITS = Set.of("yang", "dan", "di", "ke", "dari", "sama", "pun", "lagi", "atau",
            "ini", "itu", "dengan", "untuk", "pada", "oleh", "adalah", "juga", "akan", "telah", "sudah", "saja",
            "tersebut", "per", "hingga", "sampai", "menjadi", "lainnya", "kata", "dalam", "bagi", "sebagai", "atas");
    private static final Set<String> CURRENCIES = Set.of("dolar", "euro", "yen", "yuan", "renminbi", "ringgit", "rupiah",
            "won", "peso", "rupee", "pound", "poundsterling", "franc", "dirham", "riyal", "baht", "dong");
    // Words that keep a quantity's meaning and so belong to its text ("satu dekade terakhir").
    private static final Set<String> QUALIFIERS = Set.of("terakhir", "lalu", "mendatang", "berikutnya", "pertama",
            "terakhir ini");

    private final PlaceExtractor places;

    public NumberExtractor(PlaceExtractor places) {
        this.places = places;
    }

    /** Quantities of one sentence, leaving out dates found there. */
    List<NumberMention> extract(Sentence sentence, List<DateExtractor.Found> dates) {
        String text = sentence.text();
        List<NumberMention> out = new ArrayList<>();
        List<Token> words = Token.lexical(text);
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            if (insideDate(dates, m.start(), m.end())) {
                continue;
            }
            Double value = parse(m.group("num"));
            if (value == null) {
                continue;
            }
            int end = m.end();
            String unit = null;
            if (m.group("cur") != null) {
                unit = m.group("cur").startsWith("Rp") ? "rupiah" : "dolar AS";
            } else if (m.group("pct") != null) {
                unit = "persen";
            }
            int w = firstWordAt(words, end);
            if (w >= 0 && SCALES.containsKey(words.get(w).text().toLowerCase(Locale.ROOT)) && gap(text, end, words.get(w))) {
                value *= SCALES.get(words.get(w).text().toLowerCase(Locale.ROOT));
                end = words.get(w).end();
                w++;
            }
            if (unit == null) {
                int[] u = unitAfter(text, words, w, end);
                if (u != null) {
                    unit = text.substring(words.get(w).start(), u[0]);
                    end = u[1];
                }
            }
            // A bare year that is no date ("2013 silam" aside) is still no quantity.
            if (unit == null && m.group("num").length() == 4 && value >= 1900 && value <= 2100) {
                continue;
            }
            out.add(new NumberMention(text.substring(m.start(), end), value, unit, sentence.index()));
        }
        for (int i = 0; i < words.size(); i++) {
            String lower = words.get(i).text().toLowerCase(Locale.ROOT);
            if (!UNITS.containsKey(lower) || (i > 0 && words.get(i - 1).text().equalsIgnoreCase("salah"))
                    || insideDate(dates, words.get(i).start(), words.get(i).end())) {
                continue; // "dua tahun lalu" is a date, not a quantity of years
            }
            double value = UNITS.get(lower);
            int j = i + 1;
            // "dua puluh lima", "tiga belas", "lima ratus ribu".
            while (j < words.size() && gap(text, words.get(j - 1).end(), words.get(j))) {
                String next = words.get(j).text().toLowerCase(Locale.ROOT);
                if (next.equals("belas")) {
                    value += 10;
                } else if (SCALES.containsKey(next)) {
                    value *= SCALES.get(next);
                } else if (UNITS.containsKey(next) && UNITS.get(next) < 10) {
                    value += UNITS.get(next);
                } else {
                    break;
                }
                j++;
            }
            int[] u = unitAfter(text, words, j, words.get(j - 1).end());
            // A number word without a unit is too often something else ("satu" in "bersatu" phrases).
            if (u != null) {
                out.add(new NumberMention(text.substring(words.get(i).start(), u[1]), value,
                        text.substring(words.get(j).start(), u[0]), sentence.index()));
            }
            i = j - 1;
        }
        return out;
    }

    /** Unit starting at word w: [end of unit, end of the mention's text], or null. */
    private int[] unitAfter(String text, List<Token> words, int w, int after) {
        if (w < 0 || w >= words.size() || !gap(text, after, words.get(w))) {
            return null;
        }
        Token unit = words.get(w);
        String lower = unit.text().toLowerCase(Locale.ROOT);
        if (NOT_UNITS.contains(lower) || !unit.text().equals(lower) && !lower.equals("persen")
                || UNITS.containsKey(lower)) {
            return null;
        }
        int unitEnd = unit.end();
        int textEnd = unit.end();
        if (w + 1 < words.size() && gap(text, unit.end(), words.get(w + 1))) {
            Token next = words.get(w + 1);
            String nextLower = next.text().toLowerCase(Locale.ROOT);
            if (CURRENCIES.contains(lower) && next.allCaps() && next.text().length() <= 3) {
                unitEnd = next.end(); // "dolar AS"
                textEnd = next.end();
            } else if (QUALIFIERS.contains(nextLower)) {
                textEnd = next.end();
            } else if (next.capitalized() && places.opensPlace(next.text())) {
                // "tiga negara Asia Tenggara": the place says which ones.
                int k = w + 1;
                while (k + 1 < words.size() && k - w < 3 && words.get(k + 1).capitalized() && gap(text, words.get(k).end(), words.get(k + 1))) {
                    k++;
                }
                textEnd = words.get(k).end();
            }
        }
        return new int[] {unitEnd, textEnd};
    }

    private static boolean gap(String text, int end, Token next) {
        return next.start() - end <= 1 && next.start() >= end && (next.start() == end || text.charAt(end) == ' ');
    }

    /** First word starting at or after the offset (binary search: numbers are many in long tables). */
    private static int firstWordAt(List<Token> words, int offset) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < words.size() ? lo : -1;
    }

    private static boolean insideDate(List<DateExtractor.Found> dates, int start, int end) {
        // Dates of one sentence are few; a sentence full of dates is checked against its own only.
        for (DateExtractor.Found d : dates) {
            if (start < d.end() && d.start() < end) {
                return true;
            }
        }
        return false;
    }

    private static Double parse(String digits) {
        try {
            return NumberFormat.getInstance(IndonesianCalendar.INDONESIAN).parse(digits).doubleValue();
        } catch (ParseException e) {
            return null;
        }
    }
}
