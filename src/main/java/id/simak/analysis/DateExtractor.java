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
    private static final String COUNT = "(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\\d{1,2})";
    private static final String UNIT = "(?:tahun|bulan|pekan|minggu|hari)";
    /*
     * Relative dates, longest first so that "dua tahun lalu" is not read as "tahun lalu". Group "vague" holds
     * expressions with no countable distance ("puluhan tahun lalu"): they are consumed and never resolved.
     */
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:"
            + "(?<vague>(?:puluhan|belasan|ratusan|beberapa|bertahun-tahun|berbulan-bulan)\\s+(?:" + UNIT
            + "\\s+)?(?:yang\\s+)?(?:lalu|silam|kemudian|sebelumnya|mendatang|lagi))"
            + "|(?<monthRel>(?:(?:awal|akhir|pertengahan)\\s+)?" + MONTH + "\\s+(?:tahun\\s+)?(?<monthWhen>lalu|ini|depan|mendatang))"
            + "|(?<counted>(?:" + COUNT + "\\s+" + UNIT + "|se(?:tahun|bulan|pekan|minggu|hari))\\s+(?:yang\\s+)?"
            + "(?<countedWhen>lalu|silam|kemudian|sebelumnya|setelahnya|sesudahnya|berikutnya))"
            + "|(?<week>(?:pekan|minggu)\\s+(?:depan|lalu|ini|mendatang))"
            + "|(?:tahun|bulan)\\s+(?:berikutnya|selanjutnya|sesudahnya|setelahnya|sebelumnya|lalu|kemarin|depan|mendatang|ini)"
            + "|hari ini|kemarin|besok|keesokan harinya)\\b", FLAGS);
    private static final List<String> COUNT_WORDS = List.of("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
            "delapan", "sembilan", "sepuluh");
    // Words after which a bare four-digit number is a year ("pada 2013"), not a quantity ("2013 orang").
    private static final Set<String> YEAR_INTRODUCERS = Set.of("pada", "tahun", "sejak", "hingga", "sampai", "awal",
            "akhir", "pertengahan", "medio", "sekitar", "selama", "periode", "dan", "atau", "antara", "era", "sebelum",
            "setelah", "sesudah", "jelang", "menjelang", "dalam", "di", "musim", "per", "mulai", "of", "in", "sepanjang",
            "memasuki", "pasca", "usai", "kuartal", "semester", "target");

    private DateExtractor() {}

    /**
     * All dates of the article. Relative dates that count from the day of writing ("tahun lalu", "pekan
     * depan", "dua tahun lalu", "awal Mei lalu") are resolved from the article's reference date only: the
     * dateline's date, else the latest full date the text states. Those that count from the story ("tahun
     * berikutnya", "sehari kemudian") are resolved from the last explicit date before them. A relative date
     * with no anchor, or with no countable distance ("puluhan tahun lalu"), is left out: a wrong date taught
     * is worse than a date not asked.
     */
    static List<Found> extract(List<SentenceSplitter.Span> spans, Dateline dateline) {
        Integer datelineYear = dateline == null ? null : yearOf(dateline.date());
        List<List<Found>> explicitBySentence = new ArrayList<>(spans.size());
        for (SentenceSplitter.Span span : spans) {
            // The page around the article dates the page, not the story; a cut-off sentence is not read.
            explicitBySentence.add(span.sentence().isReadable() || span.sentence().kind() == Sentence.Kind.HEADING
                    ? explicit(span.sentence().text(), span.sentence().index(), datelineYear) : new ArrayList<>());
        }
        String writtenOn = referenceDate(dateline, explicitBySentence);
        List<Found> all = new ArrayList<>();
        String lastWithYear = null;
        String lastFull = null;
        for (SentenceSplitter.Span span : spans) {
            String text = span.sentence().isReadable() ? span.sentence().text() : "";
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
                int[] at = (int[]) o[1];
                Matcher rel = RELATIVE.matcher(text).region(at[0], at[1]).useTransparentBounds(true);
                if (!rel.lookingAt()) {
                    continue;
                }
                Found resolved = resolve(rel, text, index, lastWithYear, lastFull, writtenOn);
                if (resolved != null) {
                    all.add(resolved);
                }
            }
        }
        return all;
    }

    /**
     * The day of writing: the dateline's date (its year completed from a full date of the text when the
     * dateline leaves it out), else the latest full date the text states; null when there is none. Years
     * alone ("sejak 1968") never anchor: they are usually history.
     */
    static String referenceDate(Dateline dateline, List<List<Found>> explicitBySentence) {
        String latestDay = null;
        String latestMonth = null;
        for (List<Found> sentence : explicitBySentence) {
            for (Found f : sentence) {
                for (String part : f.value().split("/")) {
                    if (yearOf(part) == null) {
                        continue;
                    }
                    if (part.length() == 10 && (latestDay == null || part.compareTo(latestDay) > 0)) {
                        latestDay = part;
                    } else if (part.length() == 7 && (latestMonth == null || part.compareTo(latestMonth) > 0)) {
                        latestMonth = part;
                    }
                }
            }
        }
        String date = dateline == null ? null : dateline.date();
        if (date != null && yearOf(date) != null) {
            return date;
        }
        if (date != null && date.startsWith("--") && date.length() == 7 && latestDay != null) {
            return latestDay.substring(0, 4) + date.substring(1);
        }
        return latestDay != null ? latestDay : latestMonth;
    }

    private static Found resolve(Matcher m, String text, int sentence, String lastWithYear, String lastFull,
                                 String writtenOn) {
        String phrase = m.group();
        int[] at = {m.start(), m.end()};
        if (m.group("vague") != null) {
            return null;
        }
        String lower = phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        try {
            if (m.group("monthRel") != null) {
                return monthRelative(m, phrase, sentence, at, writtenOn);
            }
            if (m.group("week") != null) {
                if (writtenOn == null || writtenOn.length() < 10) {
                    return null;
                }
                int shift = lower.endsWith("lalu") ? -1 : lower.endsWith("ini") ? 0 : 1;
                LocalDate monday = LocalDate.parse(writtenOn).with(java.time.DayOfWeek.MONDAY).plusWeeks(shift);
                return new Found(new DateMention(phrase, monday + "/" + monday.plusDays(6), sentence, writtenOn), at[0], at[1]);
            }
            if (m.group("counted") != null) {
                return counted(m, phrase, lower, sentence, at, lastWithYear, lastFull, writtenOn);
            }
            // "tahun berikutnya" counts from the story's own last date; "tahun lalu" counts from the day of writing.
            boolean fromStory = lower.matches(".*(berikutnya|selanjutnya|sesudahnya|setelahnya|sebelumnya|keesokan harinya)");
            int shift = lower.matches(".*(berikutnya|selanjutnya|sesudahnya|setelahnya|depan|mendatang|besok|keesokan harinya)") ? 1
                    : lower.matches(".*(sebelumnya|lalu|kemarin)") ? -1 : 0;
            if (lower.startsWith("tahun") || lower.startsWith("bulan")) {
                String anchor = fromStory ? lastWithYear : writtenOn;
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
            String anchor = fromStory ? lastFull : writtenOn;
            return dayShift(phrase, sentence, at, anchor, shift);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Found dayShift(String phrase, int sentence, int[] at, String anchor, int days) {
        if (anchor == null || anchor.contains("/") || (anchor.length() < 10 && !anchor.startsWith("--"))) {
            return null;
        }
        String value;
        if (anchor.startsWith("--")) {
            LocalDate day = MonthDay.parse(anchor).atYear(2000).plusDays(days);
            value = String.format("--%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
        } else {
            value = LocalDate.parse(anchor).plusDays(days).toString();
        }
        return new Found(new DateMention(phrase, value, sentence, anchor), at[0], at[1]);
    }

    /** "awal Mei lalu", "Januari tahun ini", "Agustus mendatang": a month placed by the day of writing. */
    private static Found monthRelative(Matcher m, String phrase, int sentence, int[] at, String writtenOn) {
        if (writtenOn == null || writtenOn.length() < 7 || yearOf(writtenOn) == null) {
            return null;
        }
        String phraseLower = phrase.toLowerCase(Locale.ROOT);
        int month = 0;
        for (String w : phraseLower.split("\\s+")) {
            month = month == 0 ? IndonesianCalendar.month(w) : month;
        }
        YearMonth ref = YearMonth.parse(writtenOn.substring(0, 7));
        String when = m.group("monthWhen").toLowerCase(Locale.ROOT);
        boolean namedYear = phraseLower.contains(" tahun ");
        int year = ref.getYear();
        if (namedYear) {
            year += when.equals("lalu") ? -1 : when.equals("ini") ? 0 : 1;
        } else if (when.equals("lalu") && month > ref.getMonthValue()) {
            year -= 1; // "Oktober lalu" written in March is last year's October
        } else if ((when.equals("depan") || when.equals("mendatang")) && month < ref.getMonthValue()) {
            year += 1;
        }
        return new Found(new DateMention(phrase, YearMonth.of(year, month).toString(), sentence, writtenOn), at[0], at[1]);
    }

    /** "dua tahun lalu" from the day of writing; "sehari kemudian", "tiga bulan setelahnya" from the story. */
    private static Found counted(Matcher m, String phrase, String lower, int sentence, int[] at, String lastWithYear,
                                 String lastFull, String writtenOn) {
        String when = m.group("countedWhen").toLowerCase(Locale.ROOT);
        boolean fromStory = !(when.equals("lalu") || when.equals("silam"));
        int sign = when.equals("lalu") || when.equals("silam") || when.equals("sebelumnya") ? -1 : 1;
        String first = lower.split("\\s+")[0];
        int n;
        String unit;
        if (first.startsWith("se") && !first.equals("sembilan") && !first.equals("sepuluh")) {
            n = 1;
            unit = first.substring(2);
        } else {
            n = Character.isDigit(first.charAt(0)) ? Integer.parseInt(first) : COUNT_WORDS.indexOf(first) + 1;
            unit = lower.split("\\s+")[1];
        }
        int shift = sign * n;
        if (unit.equals("tahun") || unit.equals("bulan")) {
            String anchor = fromStory ? lastWithYear : writtenOn;
            if (anchor == null || yearOf(anchor) == null) {
                return null;
            }
            if (unit.equals("tahun")) {
                return new Found(new DateMention(phrase, Year.of(yearOf(anchor) + shift).toString(), sentence,
                        anchor.substring(0, 4)), at[0], at[1]);
            }
            if (anchor.length() < 7) {
                return null;
            }
            return new Found(new DateMention(phrase, YearMonth.parse(anchor.substring(0, 7)).plusMonths(shift).toString(),
                    sentence, anchor), at[0], at[1]);
        }
        int days = unit.equals("hari") ? shift : shift * 7;
        return dayShift(phrase, sentence, at, fromStory ? lastFull : writtenOn, days);
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
