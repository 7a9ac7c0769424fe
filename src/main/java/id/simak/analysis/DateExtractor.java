package id.simak.analysis;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds dates in sentences, explicit or relative, and normalises them to ISO 8601. */
public final class DateExtractor {

    /**
     * A date with its position inside its sentence, so numbers inside it are not counted again. A deictic date
     * ("hari ini", "kemarin" said alone) dates an event of the story but is no fact of its own: it only restates
     * the day of writing.
     */
    record Found(DateMention mention, int start, int end, boolean deictic) {

        Found(DateMention mention, int start, int end) {
            this(mention, start, end, false);
        }

        String value() {
            return mention.value();
        }

        /** Whether the date is a fact of the article, to be listed among its dates. */
        boolean reported() {
            return !deictic;
        }
    }

    // Spellings of month names that news still uses beside CLDR's ("Pebruari", "Nopember").
    private static final String MONTH = "(" + IndonesianCalendar.MONTH_NAMES + "|Pebruari|Febuari|Nopember)";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern RANGE = Pattern.compile("\\b(\\d{1,2})(?:\\s+" + MONTH
            + ")?\\s*(?:-|–|—|hingga|sampai dengan|sampai|s\\.d\\.?)\\s*(\\d{1,2})\\s+" + MONTH
            + "(?:\\s+(\\d{4}))?\\b", FLAGS);
    // "2 Desember 2021", "02 Desember, 2021".
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + "(?:,?\\s+(\\d{4}))?\\b", FLAGS);
    // A page's date stamp with the month cut short or in English: "01 Jul 2025", "14 July 2023", "3 Des. 2019".
    private static final Pattern STAMP = Pattern.compile("\\b(\\d{1,2})\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Agu|Agt|Ags|Aug|Sep|Sept"
            + "|Okt|Oct|Nov|Des|Dec|January|February|March|June|July|August|October|December)\\.?,?\\s+(\\d{4})\\b");
    private static final java.util.Map<String, Integer> STAMP_MONTHS = java.util.Map.ofEntries(
            java.util.Map.entry("jan", 1), java.util.Map.entry("feb", 2), java.util.Map.entry("mar", 3),
            java.util.Map.entry("apr", 4), java.util.Map.entry("may", 5), java.util.Map.entry("jun", 6),
            java.util.Map.entry("jul", 7), java.util.Map.entry("agu", 8), java.util.Map.entry("agt", 8),
            java.util.Map.entry("ags", 8), java.util.Map.entry("aug", 8), java.util.Map.entry("sep", 9),
            java.util.Map.entry("okt", 10), java.util.Map.entry("oct", 10), java.util.Map.entry("nov", 11),
            java.util.Map.entry("des", 12), java.util.Map.entry("dec", 12));
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{4})\\b", FLAGS);
    // "Kamis (2/3)", "Minggu malam (23/6)", "hari Rabu lalu (22/2)", "kemarin (1/12)", "siang ini (30/7)",
    // "esok hari (22/10)", "tadi malam (5/8)": the bracket gives the day the words point to.
    private static final Pattern DAY_NUMERIC = Pattern.compile("\\b(?:(?:hari\\s+)?(?:" + IndonesianCalendar.DAY_NAMES
            + ")(?:\\s+(?:pagi|siang|sore|petang|malam|dini hari|subuh))?(?:\\s+(?:kemarin|lalu|ini))?"
            + "|kemarin(?:\\s+(?:pagi|siang|sore|petang|malam))?|(?:hari|pagi|siang|sore|petang|malam)\\s+ini"
            + "|(?:besok|esok)(?:\\s+(?:hari|pagi|siang|sore|malam))?|tadi\\s+(?:pagi|siang|sore|petang|malam))"
            + "\\s*,?\\s*\\((\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?\\)", FLAGS);
    // "di Sydney (20/3)", "Jakarta (5/1/2024)": news dates an event in brackets right after the place it names.
    private static final Pattern PLACE_NUMERIC = Pattern.compile("(?<=\\p{Lu}[\\p{L}'’-]{1,30}\\s?)"
            + "\\((\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?\\)");
    // "Kamis, 18/8/2022", "pada 08/03/2012", "(22/09/25)": a numeric date with its year, outside the brackets of
    // DAY_NUMERIC; without a day name the year must have four digits (so "3/4" stays a fraction).
    private static final Pattern SLASH_DATE = Pattern.compile("(?:\\b(?:" + IndonesianCalendar.DAY_NAMES
            + ")(?:\\s+(?:pagi|siang|sore|petang|malam|dini hari|subuh))?\\s*,?\\s*\\(?(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\)?"
            + "|(?<![\\d/.,])\\(?(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2}|\\d{2}(?=\\)))\\)?)(?![\\d/])", FLAGS);
    // "20-21/10/2019", "Kamis-Jumat (26-27/10/2018)": two days of one month written with slashes.
    private static final Pattern SLASH_RANGE = Pattern.compile("(?:\\b(?:" + IndonesianCalendar.DAY_NAMES + ")\\s*[-–]\\s*(?:"
            + IndonesianCalendar.DAY_NAMES + ")\\s*)?\\(?(?<![\\d/])(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\)?"
            + "(?![\\d/])", FLAGS);
    // "Sabtu, 20, Juli, 2024": a day name, then day, month and year set apart by commas.
    private static final Pattern DAY_COMMAS = Pattern.compile("\\b(?:" + IndonesianCalendar.DAY_NAMES
            + ")\\s*,\\s*(\\d{1,2})\\s*,\\s*" + MONTH + "\\s*,\\s*(\\d{4})\\b", FLAGS);
    // "Januari-Oktober 2021", "Juni hingga Oktober": a span of months, its year said or borrowed.
    private static final Pattern MONTH_RANGE = Pattern.compile("\\b" + MONTH + "\\s*(?:-|–|hingga|sampai dengan|sampai)\\s*"
            + MONTH + "(?:\\s+(?:tahun\\s+)?(\\d{4}))?\\b", FLAGS);
    // "kuartal III 2018", "triwulan II tahun 2023": the year of a quarter.
    private static final Pattern QUARTER = Pattern.compile("\\b(?:kuartal|triwulan|semester|caturwulan)\\s+(?:[IV]{1,3}|\\d|"
            + "pertama|kedua|ketiga|keempat|I{1,3}V?)\\s+(?:tahun\\s+)?((?:19|20)\\d{2})\\b", FLAGS);
    // "angkatan 2020/2021": a school or budget year across two calendar years.
    private static final Pattern YEAR_PAIR = Pattern.compile("(?<![\\d.,/])((?:19|20)\\d{2})/((?:19|20)\\d{2})(?![\\d/])");
    // "periode 2014-2019", "masa bakti 2019-2024", "Ketua KPK 2019-2024": a term of office, not a date of the story.
    private static final Pattern TERM_BEFORE = Pattern.compile("(?iu)(?:periode|masa\\s+(?:bakti|jabatan|kerja|tugas|sidang"
            + "|persidangan(?:\\s+\\p{L}+)?(?:\\s+tahun)?)|tahun\\s+sidang|kabinet(?:\\s+\\p{Lu}\\p{L}*)*)\\s*$");
    // "Nomor 12 Tahun 2011": the year of a law or decree is part of its name.
    private static final Pattern DECREE_BEFORE = Pattern.compile("(?iu)\\b(?:nomor|no\\.?|nomer)\\s*\\d+[\\p{L}\\d/.-]*\\s+tahun\\s*$");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<![\\d.,])((?:19|20)\\d{2})\\s*[-–]\\s*((?:19|20)\\d{2})(?![\\d.,]\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,/])((?:19|20)\\d{2})(?![\\d/]|[.,]\\d)");
    private static final String COUNT = "(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\\d{1,2})";
    private static final String UNIT = "(?:tahun|bulan|pekan|minggu|hari)";
    /*
     * Relative dates, longest first so that "dua tahun lalu" is not read as "tahun lalu". Group "vague" holds
     * expressions with no countable distance ("puluhan tahun lalu"): they are consumed and never resolved.
     */
    private static final Pattern RELATIVE = Pattern.compile("(?<!-)\\b(?:"
            + "(?<vague>(?:puluhan|belasan|ratusan|beberapa|bertahun-tahun|berbulan-bulan)\\s+(?:" + UNIT
            + "\\s+)?(?:yang\\s+)?(?:lalu|silam|kemudian|sebelumnya|mendatang|lagi)"
            // "4,6 miliar tahun yang lalu", "lima tahun ini" (the last five years): spans, not dates.
            + "|(?:ribu|ratus|juta|miliar|ribuan|jutaan)\\s+" + UNIT + "\\s+(?:yang\\s+)?(?:lalu|silam)"
            + "|" + COUNT + "\\s+(?:tahun|bulan|pekan|minggu|hari)\\s+(?:ini|terakhir))"
            + "|(?<monthRel>(?:(?:awal|akhir|pertengahan)\\s+)?" + MONTH + "\\s+(?:tahun\\s+)?(?<monthWhen>lalu|kemarin|ini|depan|mendatang))"
            + "|(?<monthPart>(?:awal|akhir|pertengahan|medio)\\s+" + MONTH + ")"
            + "|(?<counted>(?:" + COUNT + "\\s+" + UNIT + "|se(?:tahun|bulan|pekan|minggu|hari))\\s+(?:yang\\s+)?"
            + "(?<countedWhen>lalu|silam|kemudian|sebelumnya|setelahnya|sesudahnya|berikutnya))"
            + "|(?<week>(?:pekan|minggu)\\s+(?:depan|lalu|ini|mendatang))"
            + "|(?:tahun|bulan)\\s+(?:berikutnya|selanjutnya|sesudahnya|setelahnya|sebelumnya|lalu|kemarin|depan|mendatang|ini"
            + "|yang\\s+lalu)"
            // "Pada esok hari, Presiden ...", "esok harinya akan menghadiri ...": the day after the story's last day.
            + "|hari ini|kemarin|besok|keesokan harinya|esok harinya|esok hari(?!\\s*\\())\\b", FLAGS);
    private static final List<String> COUNT_WORDS = List.of("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
            "delapan", "sembilan", "sepuluh");
    // Words after which a bare four-digit number is a year ("pada 2013"), not a quantity ("2013 orang").
    private static final Set<String> YEAR_INTRODUCERS = Set.of("pada", "tahun", "sejak", "hingga", "sampai", "awal",
            "akhir", "pertengahan", "medio", "sekitar", "selama", "periode", "dan", "atau", "antara", "era", "sebelum",
            "setelah", "sesudah", "jelang", "menjelang", "dalam", "di", "musim", "per", "mulai", "of", "in", "sepanjang",
            "memasuki", "pasca", "usai", "kuartal", "semester", "target", "meski", "meskipun", "walau", "walaupun",
            "kecuali");

    private static final Pattern LISTED_YEAR_BEFORE = Pattern.compile("(?:19|20)\\d{2}\\s*(?:,|dan|atau|serta)\\s*$");
    private static final Pattern LISTED_YEAR_AFTER = Pattern.compile("\\s*(?:,|dan|atau|serta)\\s*(?:19|20)\\d{2}\\b");
    // Capitalised words before a four-digit number that make it no year: money, numbering, addresses.
    private static final Set<String> NOT_EVENT_NAMES = Set.of("rp", "us", "usd", "idr", "nomor", "no", "nomer", "pasal",
            "ayat", "jalan", "jl", "jln", "km", "kilometer", "rt", "rw", "blok", "kode", "nip", "nik", "tipe", "seri",
            "kamar", "ruang", "lantai", "pukul", "jam");

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
        boolean beforeBody = true;
        for (SentenceSplitter.Span span : spans) {
            // The page around the article dates the page, not the story; a cut-off sentence is not read. The page's
            // own stamp over the article ("Selasa, 30 Maret 2021 | 10:45 WIB") is read: it dates the text.
            Sentence sentence = span.sentence();
            beforeBody &= !sentence.isBody();
            boolean stamp = beforeBody && sentence.kind() == Sentence.Kind.BOILERPLATE && isPageStamp(sentence.text());
            explicitBySentence.add(sentence.isReadable() || sentence.kind() == Sentence.Kind.HEADING || stamp
                    ? explicit(sentence.text(), sentence.index(), datelineYear) : new ArrayList<>());
        }
        String writtenOn = referenceDate(dateline, explicitBySentence);
        java.util.Set<Integer> textYears = new java.util.TreeSet<>();
        boolean writtenStated = false;
        for (List<Found> sentence : explicitBySentence) {
            for (Found f : sentence) {
                for (String part : f.value().split("/")) {
                    if (yearOf(part) != null) {
                        textYears.add(yearOf(part));
                    }
                    writtenStated |= part.equals(writtenOn);
                }
            }
        }
        // A day of writing whose year the text states; one completed from another date's year dates nothing more.
        String statedWriting = writtenStated ? writtenOn : null;
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
                    f = withStoryYear(withNamedDaysYear(f, writtenOn, statedWriting, textYears), writtenOn, lastWithYear);
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
                if (!rel.lookingAt() || restatesADate(text, at[0], found)) {
                    continue;
                }
                Found resolved = resolve(rel, text, index, lastWithYear, lastFull, writtenOn);
                if (resolved != null) {
                    all.add(resolved);
                    // "bulan lalu ... bulan sebelumnya": the next relative counts from the date just resolved.
                    if (!resolved.deictic() && yearOf(resolved.value()) != null && !resolved.value().contains("/")) {
                        lastWithYear = resolved.value();
                    }
                }
            }
        }
        return all;
    }

    /**
     * "pada Januari 2023 atau tujuh bulan sebelumnya": a span counted from some other moment that restates the
     * date just given, so it is a duration, not a second date.
     */
    private static boolean restatesADate(String text, int start, List<Found> explicit) {
        String before = text.substring(0, start);
        if (!before.matches("(?s).*\\batau\\s+$")) {
            return false;
        }
        int atau = before.lastIndexOf("atau");
        for (Found f : explicit) {
            if (f.end() <= atau && text.substring(f.end(), atau).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Senin (23/12)" in a text written on 23 Desember 2019: the day of the week names one year of the three around
     * the day of writing, and the day takes it. With no day of writing, the years the text names are tried
     * ("ASEAN School Games 2018 ... Sabtu (21/7)"), and the day takes a year only when exactly one of them agrees. A
     * day without its day of the week takes the year that puts it within two months of the day of writing, when the text
     * states that day with its year.
     */
    private static Found withNamedDaysYear(Found f, String writtenOn, String statedWriting, java.util.Set<Integer> textYears) {
        if (!f.value().matches("--\\d{2}-\\d{2}")) {
            return f;
        }
        DayOfWeek named = weekdayIn(f.mention().text());
        if (named == null) {
            // "siang ini (30/7)" in a text written on 4 Agustus 2018: a day without a year that news names lies within
            // weeks of the writing, so it takes the year that puts it within two months of the day of writing.
            if (statedWriting != null && statedWriting.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate written = LocalDate.parse(statedWriting);
                for (int y : new int[] {written.getYear(), written.getYear() - 1, written.getYear() + 1}) {
                    String candidate = y + f.value().substring(1);
                    if (isDate(candidate) && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(written,
                            LocalDate.parse(candidate))) <= NEAR_WRITING_DAYS) {
                        DateMention m = f.mention();
                        return new Found(new DateMention(m.text(), candidate, m.sentence(), m.relativeTo()), f.start(),
                                f.end(), f.deictic());
                    }
                }
            }
            return f;
        }
        Integer written = yearOf(writtenOn);
        java.util.Collection<Integer> years = written != null ? List.of(written, written - 1, written + 1) : textYears;
        String agreed = null;
        for (int y : years) {
            String candidate = y + f.value().substring(1);
            if (isDate(candidate) && LocalDate.parse(candidate).getDayOfWeek() == named) {
                if (agreed != null) {
                    return f;
                }
                agreed = candidate;
            }
        }
        if (agreed == null) {
            return f;
        }
        DateMention m = f.mention();
        return new Found(new DateMention(m.text(), agreed, m.sentence(), m.relativeTo()), f.start(), f.end(), f.deictic());
    }

    /** How far from the day of writing a day named without its year may lie to take the year of the writing. */
    private static final int NEAR_WRITING_DAYS = 60;

    /** "Januari-November" said without a year: the months of the year the article speaks from. */
    private static Found withStoryYear(Found f, String writtenOn, String lastWithYear) {
        if (!f.value().matches("--\\d{2}/--\\d{2}")) {
            return f;
        }
        Integer year = yearOf(writtenOn) != null ? yearOf(writtenOn) : yearOf(lastWithYear);
        if (year == null) {
            return f;
        }
        String value = year + "-" + f.value().substring(2, 4) + "/" + year + "-" + f.value().substring(7);
        return new Found(new DateMention(f.mention().text(), value, f.mention().sentence(), String.valueOf(year)),
                f.start(), f.end());
    }

    /**
     * The day of writing: the dateline's date (its year completed from a full date of the text when the
     * dateline leaves it out), else the latest full date the text states; null when there is none. Years
     * alone ("sejak 1968") never anchor: they are usually history.
     */
    /** A short line over the article that dates the page: a stamp, or a byline with a date and a time. */
    private static boolean isPageStamp(String line) {
        return line.length() <= 120 && (PageLines.isStamp(line)
                || PageLines.hasDateOrTime(line) && TIME_OF_DAY.matcher(line).find()
                || DATE_ONLY.matcher(line).matches() || STAMP_ONLY.matcher(line).matches());
    }

    // "• 08 Jun 2023", "Senin, 12 Februari 2024": a line of the page that holds a date and nothing else.
    private static final Pattern DATE_ONLY = Pattern.compile("[\\s•·|>-]*(?:(?:" + IndonesianCalendar.DAY_NAMES
            + ")\\s*,?\\s*)?\\d{1,2}\\s+" + MONTH + "\\.?\\s+(?:19|20)\\d{2}\\s*", FLAGS);
    private static final Pattern STAMP_ONLY = Pattern.compile("[\\s•·|>-]*" + STAMP.pattern() + "\\s*");

    private static final Pattern TIME_OF_DAY = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\s*(?:WIB|WITA|WIT)?\\b");

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
        if (latestDay == null) {
            // News dates the events of the last days without a year ("kemarin (1/12)", "Senin (15/11)"): such a
            // day, in the year of the dated mention nearest to it, is closer to the day of writing than a month
            // the text looks ahead to ("Januari 2010" in a quote).
            String completed = completedYearLessDay(explicitBySentence);
            if (completed != null) {
                return completed;
            }
        }
        if (latestDay == null && latestMonth == null && date == null) {
            // With no year anywhere, a year-less day still places "bulan depan" ("--06").
            return latestYearLessDay(explicitBySentence);
        }
        return latestDay != null ? latestDay : latestMonth;
    }

    private static String completedYearLessDay(List<List<Found>> explicitBySentence) {
        String latest = null;
        for (int i = 0; i < explicitBySentence.size(); i++) {
            for (Found f : explicitBySentence.get(i)) {
                if (!f.value().matches("--\\d{2}-\\d{2}")) {
                    continue;
                }
                String near = nearestWithYear(explicitBySentence, i, f.start());
                if (near == null) {
                    continue;
                }
                int year = yearOf(near);
                String completed = year + f.value().substring(1);
                // "Desember 2022 ... Senin (9/1)": a day before the dated month belongs to the next year.
                if (near.length() >= 7 && completed.substring(0, 7).compareTo(near.substring(0, 7)) < 0) {
                    completed = (year + 1) + f.value().substring(1);
                }
                // "Selasa (31/12)" before "tahun 2014": the day of the week tells the year. A year said alone
                // ("sejak 1990") is history and places a day only when the day of the week agrees.
                DayOfWeek named = weekdayIn(f.mention().text());
                boolean confirmed = near.length() >= 7;
                if (named != null) {
                    for (int y : new int[] {year, year - 1, year + 1}) {
                        String candidate = y + f.value().substring(1);
                        if (isDate(candidate) && LocalDate.parse(candidate).getDayOfWeek() == named) {
                            completed = candidate;
                            confirmed = true;
                            break;
                        }
                    }
                }
                if (!confirmed) {
                    continue;
                }
                if (latest == null || completed.compareTo(latest) > 0) {
                    latest = completed;
                }
            }
        }
        return latest;
    }

    private static DayOfWeek weekdayIn(String text) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.getDisplayName(TextStyle.FULL, IndonesianCalendar.INDONESIAN).equalsIgnoreCase(word)) {
                    return d;
                }
            }
        }
        return null;
    }

    private static boolean isDate(String iso) {
        try {
            LocalDate.parse(iso);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The value with a year nearest to a position, by sentences, the earlier one first on a tie. */
    private static String nearestWithYear(List<List<Found>> explicitBySentence, int sentence, int offset) {
        for (int distance = 0; distance < explicitBySentence.size(); distance++) {
            for (int index : new int[] {sentence - distance, sentence + distance}) {
                if (index < 0 || index >= explicitBySentence.size()) {
                    continue;
                }
                String best = null;
                for (Found f : explicitBySentence.get(index)) {
                    String first = f.value().split("/")[0];
                    if (yearOf(first) != null && (best == null || distance > 0 || f.start() < offset)) {
                        best = first;
                    }
                }
                if (best != null) {
                    return best;
                }
            }
        }
        return null;
    }

    private static String latestYearLessDay(List<List<Found>> explicitBySentence) {
        String latest = null;
        for (List<Found> sentence : explicitBySentence) {
            for (Found f : sentence) {
                if (f.value().matches("--\\d{2}-\\d{2}") && (latest == null || f.value().compareTo(latest) > 0)) {
                    latest = f.value();
                }
            }
        }
        return latest;
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
            if (m.group("monthRel") != null || m.group("monthPart") != null) {
                return monthRelative(m, phrase, sentence, at, writtenOn, text.substring(0, m.start()));
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
            boolean fromStory = lower.matches(".*(berikutnya|selanjutnya|sesudahnya|setelahnya|sebelumnya|keesokan harinya|esok hari|esok harinya)");
            int shift = lower.matches(".*(berikutnya|selanjutnya|sesudahnya|setelahnya|depan|mendatang|besok|keesokan harinya|esok hari|esok harinya)") ? 1
                    : lower.matches(".*(sebelumnya|lalu|kemarin)") ? -1 : 0;
            if (lower.startsWith("tahun") || lower.startsWith("bulan")) {
                String anchor = fromStory ? lastWithYear : writtenOn;
                if (lower.startsWith("bulan") && anchor != null && anchor.matches("--\\d{2}-\\d{2}")) {
                    // "bulan depan" in a story dated "Jumat (26/5)": the month, its year unsaid.
                    int month = Math.floorMod(Integer.parseInt(anchor.substring(2, 4)) - 1 + shift, 12) + 1;
                    return new Found(new DateMention(phrase, String.format("--%02d", month), sentence, anchor), at[0], at[1]);
                }
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
            Found day = dayShift(phrase, sentence, at, anchor, shift);
            // "hari ini", "kemarin", "besok" said alone restate the day of writing: they date a visit, not a fact.
            return day == null || fromStory ? day : new Found(day.mention(), day.start(), day.end(), true);
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
    private static Found monthRelative(Matcher m, String phrase, int sentence, int[] at, String writtenOn,
                                       String before) {
        String phraseLower = phrase.toLowerCase(Locale.ROOT);
        int month = 0;
        for (String w : phraseLower.split("\\s+")) {
            month = month == 0 ? monthOf(w) : month;
        }
        if (writtenOn != null && writtenOn.matches("--\\d{2}-\\d{2}") && !phraseLower.contains(" tahun ")) {
            // "Juni mendatang" in a story dated "Jumat (26/5)": the month, its year unsaid.
            return new Found(new DateMention(phrase, String.format("--%02d", month), sentence, writtenOn), at[0], at[1]);
        }
        if (writtenOn == null || writtenOn.length() < 7 || yearOf(writtenOn) == null) {
            return null;
        }
        YearMonth ref = YearMonth.parse(writtenOn.substring(0, 7));
        // "awal Desember" said without a year is a month that has begun or passed.
        // "yang akan menyambangi AS pada akhir Oktober": a month the clause looks ahead to is still to come.
        String when = m.group("monthWhen") != null ? m.group("monthWhen").toLowerCase(Locale.ROOT)
                : AHEAD.matcher(clauseBefore(before)).find() ? "depan" : "lalu";
        when = when.equals("kemarin") ? "lalu" : when;
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

    // Words that put a clause in the future: "akan", "rencananya", "dijadwalkan".
    private static final Pattern AHEAD = Pattern.compile("(?iu)\\b(?:akan|bakal|rencananya|direncanakan|dijadwalkan"
            + "|berencana|hendak)\\b");

    /** The words of the clause before a position: back to the last comma, semicolon or sentence start. */
    private static String clauseBefore(String before) {
        int cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
        return before.substring(cut + 1);
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
    /**
     * The first date a short text writes out ("28 Juni 2018", "Kamis (28/6/2018)", "15-18 Mei 2016"), as its ISO
     * 8601 value ("2018-06-28", "--06-28", "2016-05-15/2016-05-18"), or null when it writes none.
     */
    public static String valueOf(String text) {
        List<Found> found = text == null ? List.of() : explicit(text, 0, null);
        return found.isEmpty() ? null : found.get(0).mention().value();
    }

    static List<Found> explicit(String text, int sentence, Integer defaultYear) {
        List<Found> found = new ArrayList<>();
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            int monthTo = monthOf(m.group(4));
            int monthFrom = m.group(2) == null ? monthTo : monthOf(m.group(2));
            Integer year = m.group(5) != null ? Integer.valueOf(m.group(5)) : defaultYear;
            String from = day(year, monthFrom, Integer.parseInt(m.group(1)));
            String to = day(year, monthTo, Integer.parseInt(m.group(3)));
            if (from != null && to != null) {
                found.add(new Found(new DateMention(m.group(), from + "/" + to, sentence, null), m.start(), m.end()));
            }
        }
        m = SLASH_RANGE.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(4));
            year = year < 100 ? 2000 + year : year;
            int month = Integer.parseInt(m.group(3));
            String from = day(year, month, Integer.parseInt(m.group(1)));
            String to = day(year, month, Integer.parseInt(m.group(2)));
            if (from != null && to != null && from.compareTo(to) < 0) {
                add(found, text, m, from + "/" + to, sentence);
            }
        }
        m = SLASH_DATE.matcher(text);
        while (m.find()) {
            boolean named = m.group(1) != null;
            int year = Integer.parseInt(named ? m.group(3) : m.group(6));
            year = year < 100 ? 2000 + year : year;
            int month = Integer.parseInt(named ? m.group(2) : m.group(5));
            int dayOfMonth = Integer.parseInt(named ? m.group(1) : m.group(4));
            add(found, text, m, day(year, month, dayOfMonth), sentence);
        }
        m = DAY_COMMAS.matcher(text);
        while (m.find()) {
            add(found, text, m, day(Integer.valueOf(m.group(3)), monthOf(m.group(2)), Integer.parseInt(m.group(1))), sentence);
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : defaultYear;
            add(found, text, m, day(year, monthOf(m.group(2)), Integer.parseInt(m.group(1))), sentence);
        }
        m = STAMP.matcher(text);
        while (m.find()) {
            int month = STAMP_MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
            add(found, text, m, day(Integer.valueOf(m.group(3)), month, Integer.parseInt(m.group(1))), sentence);
        }
        m = MONTH_RANGE.matcher(text);
        while (m.find()) {
            Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : defaultYear;
            int from = monthOf(m.group(1));
            int to = monthOf(m.group(2));
            if (from < to) {
                add(found, text, m, year == null ? String.format("--%02d/--%02d", from, to)
                        : String.format("%04d-%02d/%04d-%02d", year, from, year, to), sentence);
            }
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(2));
            add(found, text, m, String.format("%04d-%02d", year, monthOf(m.group(1))), sentence);
        }
        m = QUARTER.matcher(text);
        while (m.find()) {
            add(found, text, m, m.group(1), sentence);
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
        m = PLACE_NUMERIC.matcher(text);
        while (m.find()) {
            Integer year = defaultYear;
            if (m.group(3) != null) {
                year = Integer.parseInt(m.group(3));
                year = year < 100 ? 2000 + year : year;
            }
            add(found, text, m, day(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))), sentence);
        }
        m = YEAR_RANGE.matcher(text);
        List<int[]> terms = new ArrayList<>();
        while (m.find()) {
            // A term of office ("periode 2019-2024") dates no event of the story, but it is a span of the text's:
            // listed, and its years are not read again one by one. The questions leave it alone.
            if (isTerm(text, m.start())) {
                terms.add(new int[] {m.start(), m.end()});
            }
            add(found, text, m, m.group(1) + "/" + m.group(2), sentence);
        }
        m = YEAR_PAIR.matcher(text);
        while (m.find()) {
            if (Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1) {
                add(found, text, m, m.group(1) + "/" + m.group(2), sentence);
            }
        }
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            int start = y.start();
            boolean inTerm = terms.stream().anyMatch(t -> t[0] <= start && start < t[1]);
            if (!inTerm && looksLikeYear(text, y.start(), y.end())
                    && !DECREE_BEFORE.matcher(text.substring(Math.max(0, y.start() - 40), y.start())).find()) {
                add(found, text, y, y.group(1), sentence);
            }
        }
        // "di pasar tradisional 23 Maret", "Jalan 17 Agustus", "Universitas 17 Agustus 1945": a date right after the
        // word of a place is the place's name, no day of the story.
        List<Found> named = found.stream().filter(f -> !weekdayOpens(f.mention().text())
                && NAMED_AFTER_DATE.matcher(text.substring(Math.max(0, f.start() - 40), f.start())).find()).toList();
        found.removeIf(f -> named.stream().anyMatch(n -> f.start() < n.end() && n.start() < f.end()));
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    // Words of places that take a date for a name ("Pasar 23 Maret", "Lapangan 10 November", "Jl. 17 Agustus").
    private static final Pattern NAMED_AFTER_DATE = Pattern.compile("(?iu)(?<![\\p{L}])(?:pasar(?:\\s+(?:tradisional|induk|rakyat))?"
            + "|jalan|jl\\.?|jln\\.?|lapangan|gedung|stadion|taman|tugu|monumen|universitas|simpang|bundaran|perumahan"
            + "|kampung|gang|gg\\.?|asrama|masjid|sekolah)\\s+$");

    private static boolean weekdayOpens(String mention) {
        return mention.toLowerCase(java.util.Locale.ROOT).matches("(?:hari\\s+)?(?:" + IndonesianCalendar.DAY_NAMES.toLowerCase(java.util.Locale.ROOT) + ")\\b.*");
    }

    /**
     * "periode 2014-2019", "Masa Persidangan IV Tahun 2019-2020", "Ketua KPK 2023-2024": years that name a term of
     * office or a session, which the story does not date anything by.
     */
    private static boolean isTerm(String text, int start) {
        String before = text.substring(Math.max(0, start - 50), start);
        if (TERM_BEFORE.matcher(before).find()) {
            return true;
        }
        String trimmed = before.stripTrailing();
        int w = trimmed.length();
        while (w > 0 && Character.isLetter(trimmed.charAt(w - 1))) {
            w--;
        }
        String word = trimmed.substring(w);
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && !word.equalsIgnoreCase("tahun")
                && w > 0;
    }

    /** The month number of a month name, also in the older spellings "Pebruari" and "Nopember"; 0 when none. */
    static int monthOf(String name) {
        int month = IndonesianCalendar.month(name);
        if (month > 0 || name == null) {
            return month;
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "pebruari", "febuari" -> 2;
            case "nopember" -> 11;
            default -> 0;
        };
    }

    private static boolean looksLikeYear(String text, int start, int end) {
        int p = start;
        while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
            p--;
        }
        if (p > 0 && "(-–".indexOf(text.charAt(p - 1)) >= 0) {
            return true;
        }
        // "tahun emisi 1991, 1993 dan 1997": a year listed after a year.
        if (LISTED_YEAR_BEFORE.matcher(text.substring(Math.max(0, p - 12), p)).find()) {
            return true;
        }
        String word = wordBefore(text, p);
        return !word.isEmpty() && (YEAR_INTRODUCERS.contains(word.toLowerCase(Locale.ROOT)) || closesAName(text, start));
    }

    /** The word that ends right at {@code p}, or "". */
    private static String wordBefore(String text, int p) {
        int w = p;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return text.substring(w, p);
    }

    /**
     * Whether the year starting at {@code start} closes the name of an event or a season ("Pilkada 2012", "LKS 2024",
     * "Lebaran 2023"): right after a capitalised word that does not open the sentence and introduces no year.
     */
    public static boolean closesAName(String text, int start) {
        int p = start - 1;
        if (p <= 0 || text.charAt(p) != ' ') {
            return false;
        }
        // "Gelaran Bulfest VII - 2019": the year set off by a dash after the name (and number) of an event
        if (NAME_DASH_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find()) {
            return true;
        }
        String word = wordBefore(text, p);
        String lower = word.toLowerCase(Locale.ROOT);
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && p - word.length() > 0
                && !YEAR_INTRODUCERS.contains(lower) && !NOT_EVENT_NAMES.contains(lower);
    }

    private static final Pattern NAME_DASH_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}]+(?:\\s+[IVXLC]+)?\\s+[-–]\\s+$");

    /** Whether the year from {@code start} to {@code end} stands in a list of years ("1991, 1993 dan 1997"). */
    public static boolean listedWithYears(String text, int start, int end) {
        return LISTED_YEAR_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find()
                || LISTED_YEAR_AFTER.matcher(text.substring(end)).lookingAt();
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
