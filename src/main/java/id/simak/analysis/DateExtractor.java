package id.simak.analysis;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds dates in sentences, explicit or relative, and normalises them to ISO 8601. */
public final class DateExtractor {

    /** A date with its position inside its sentence, so numbers inside it are not counted again. */
    record Found(DateMention mention, int start, int end) {
        String value() {
            return mention.value();
        }
    }

    private static final String MONTH = "(" + IndonesianCalendar.MONTH_NAMES + ")";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern RANGE = Pattern.compile("\\b(\\d{1,2})(?:\\s+" + MONTH
            + ")?\\s*(?:-|–|—|hingga|sampai dengan|sampai|s\\.d\\.?)\\s*(\\d{1,2})\\s+" + MONTH
            + "(?:\\s+(\\d{4}))?\\b", FLAGS);
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + "(?:\\s+(\\d{4}))?\\b", FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{4})\\b", FLAGS);
    private static final Pattern DAY_NUMERIC = Pattern.compile("\\b(?:" + IndonesianCalendar.DAY_NAMES
            + ")\\s*,?\\s*\\((\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?\\)", FLAGS);
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<![\\d.,])((?:19|20)\\d{2})\\s*[-–]\\s*((?:19|20)\\d{2})(?![\\d.,]\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,/])((?:19|20)\\d{2})(?![\\d/]|[.,]\\d)");
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:(tahun|bulan)\\s+(berikutnya|selanjutnya|sesudahnya|"
            + "setelahnya|sebelumnya|lalu|kemarin|depan|mendatang|ini)|(hari ini|kemarin|besok))\\b", FLAGS);
    // Words after which a bare four-digit number is a year ("pada 2013"), not a quantity ("2013 orang").
    private static final Set<String> YEAR_INTRODUCERS = Set.of("pada", "tahun", "sejak", "hingga", "sampai", "awal",
            "akhir", "pertengahan", "medio", "sekitar", "selama", "periode", "dan", "atau", "antara", "era", "sebelum",
            "setelah", "sesudah", "jelang", "menjelang", "dalam", "di", "musim", "per", "mulai", "of", "in", "sepanjang",
            "memasuki", "pasca", "usai", "kuartal", "semester", "target");

    private DateExtractor() {}

    /** All dates of the article, relative ones resolved from the nearest explicit date they depend on. */
    static List<Found> extract(List<SentenceSplitter.Span> spans, Dateline dateline) {
        Integer datelineYear = dateline == null ? null : yearOf(dateline.date());
        List<List<Found>> explicitBySentence = new ArrayList<>(spans.size());
        // "tahun lalu" counts from the day of writing: the dateline's date, else the first full date of the text.
        String writtenOn = dateline != null && yearOf(dateline.date()) != null ? dateline.date() : null;
        for (SentenceSplitter.Span span : spans) {
            List<Found> found = explicit(span.sentence().text(), span.sentence().index(), datelineYear);
            explicitBySentence.add(found);
            for (Found f : found) {
                if (writtenOn == null && f.value().length() == 10 && yearOf(f.value()) != null) {
                    writtenOn = f.value();
                }
            }
        }
        List<Found> all = new ArrayList<>();
        String lastWithYear = null;
        String lastFull = null;
        for (SentenceSplitter.Span span : spans) {
            String text = span.sentence().text();
            int index = span.sentence().index();
            List<Found> found = explicitBySentence.get(index);
            List<int[]> relatives = new ArrayList<>();
            Matcher r = RELATIVE.matcher(text);
            while (r.find()) {
                if (free(found, r.start(), r.end())) {
                    relatives.add(new int[] {r.start(), r.end()});
                }
            }
            // Walk explicit and relative dates in reading order so each relative sees the dates before it.
            List<Object[]> ordered = new ArrayList<>();
            for (Found f : found) {
                ordered.add(new Object[] {f.start(), f});
            }
            for (int[] rel : relatives) {
                ordered.add(new Object[] {rel[0], rel});
            }
            ordered.sort(Comparator.comparingInt(o -> (Integer) o[0]));
            for (Object[] o : ordered) {
                if (o[1] instanceof Found f) {
                    all.add(f);
                    if (yearOf(f.value()) != null) {
                        lastWithYear = f.value();
                    }
                    if (f.value().length() >= 10 || f.value().startsWith("--")) {
                        lastFull = f.value();
                    }
                    continue;
                }
                int[] rel = (int[]) o[1];
                String phrase = text.substring(rel[0], rel[1]);
                Found resolved = resolve(phrase, index, rel, lastWithYear, lastFull, writtenOn);
                if (resolved != null) {
                    all.add(resolved);
                }
            }
        }
        return all;
    }

    private static Found resolve(String phrase, int sentence, int[] at, String lastWithYear, String lastFull,
                                 String writtenOn) {
        String lower = phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String datelineDate = writtenOn;
        // "tahun berikutnya" counts from the story's own last date; "tahun lalu" counts from the day of writing.
        boolean fromStory = lower.matches(".*(berikutnya|selanjutnya|sesudahnya|setelahnya|sebelumnya)");
        int shift = lower.matches(".*(berikutnya|selanjutnya|sesudahnya|setelahnya|depan|mendatang|besok)") ? 1
                : lower.matches(".*(sebelumnya|lalu|kemarin)") ? -1 : 0;
        try {
            if (lower.startsWith("tahun") || lower.startsWith("bulan")) {
                String anchor = fromStory || yearOf(datelineDate) == null ? lastWithYear : datelineDate;
                if (anchor == null || yearOf(anchor) == null) {
                    return null;
                }
                String value;
                if (lower.startsWith("tahun")) {
                    value = Year.of(yearOf(anchor) + shift).toString();
                    anchor = anchor.substring(0, 4); // a year counts from a year
                } else {
                    if (anchor.length() < 7) {
                        return null;
                    }
                    value = YearMonth.parse(anchor.substring(0, 7)).plusMonths(shift).toString();
                }
                return new Found(new DateMention(phrase, value, sentence, anchor), at[0], at[1]);
            }
            String anchor = fromStory ? lastFull : (datelineDate != null ? datelineDate : lastFull);
            if (anchor == null || anchor.contains("/") || (anchor.length() < 10 && !anchor.startsWith("--"))) {
                return null;
            }
            String value;
            if (anchor.startsWith("--")) {
                LocalDate day = MonthDay.parse(anchor).atYear(2000).plusDays(shift);
                value = String.format("--%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
            } else {
                value = LocalDate.parse(anchor).plusDays(shift).toString();
            }
            return new Found(new DateMention(phrase, value, sentence, anchor), at[0], at[1]);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Explicit dates of one piece of text, in reading order; a year-less date takes {@code defaultYear} if given. */
    static List<Found> explicit(String text, int sentence, Integer defaultYear) {
        List<Found> found = new ArrayList<>();
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            int monthTo = IndonesianCalendar.month(m.group(4));
            int monthFrom = m.group(2) == null ? monthTo : IndonesianCalendar.month(m.group(2));
            Integer year = m.group(5) != null ? Integer.valueOf(m.group(5)) : defaultYear;
            String from = day(year, monthFrom, Integer.parseInt(m.group(1)));
            String to = day(year, monthTo, Integer.parseInt(m.group(3)));
            if (from != null && to != null) {
                found.add(new Found(new DateMention(m.group(), from + "/" + to, sentence, null), m.start(), m.end()));
            }
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : defaultYear;
            add(found, text, m, day(year, IndonesianCalendar.month(m.group(2)), Integer.parseInt(m.group(1))), sentence);
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(2));
            add(found, text, m, String.format("%04d-%02d", year, IndonesianCalendar.month(m.group(1))), sentence);
        }
        m = DAY_NUMERIC.matcher(text);
        while (m.find()) {
            Integer year = defaultYear;
            if (m.group(3) != null) {
                year = Integer.parseInt(m.group(3));
                year = year < 100 ? 2000 + year : year;
            }
            add(found, text, m, day(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))), sentence);
        }
        m = YEAR_RANGE.matcher(text);
        while (m.find()) {
            add(found, text, m, m.group(1) + "/" + m.group(2), sentence);
        }
        m = YEAR.matcher(text);
        while (m.find()) {
            if (looksLikeYear(text, m.start(), m.end())) {
                add(found, text, m, m.group(1), sentence);
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    private static boolean looksLikeYear(String text, int start, int end) {
        int p = start;
        while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
            p--;
        }
        if (p > 0 && "(-–".indexOf(text.charAt(p - 1)) >= 0) {
            return true;
        }
        int w = p;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return w < p && YEAR_INTRODUCERS.contains(text.substring(w, p).toLowerCase(Locale.ROOT));
    }

    private static void add(List<Found> found, String text, Matcher m, String value, int sentence) {
        if (value != null && free(found, m.start(), m.end())) {
            found.add(new Found(new DateMention(m.group(), value, sentence, null), m.start(), m.end()));
        }
    }

    private static boolean free(List<Found> found, int start, int end) {
        for (Found f : found) {
            if (start < f.end() && f.start() < end) {
                return false;
            }
        }
        return true;
    }

    private static String day(Integer year, int month, int day) {
        try {
            if (year == null) {
                MonthDay md = MonthDay.of(month, day);
                return String.format("--%02d-%02d", md.getMonthValue(), md.getDayOfMonth());
            }
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The year of an ISO value ("2013", "2020-10-27", "2013/2014"), or null when it has none. */
    static Integer yearOf(String value) {
        if (value == null || value.length() < 4 || value.startsWith("--") || !Character.isDigit(value.charAt(0))) {
            return null;
        }
        try {
            return Integer.parseInt(value.substring(0, 4));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
