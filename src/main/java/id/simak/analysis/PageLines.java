package id.simak.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells, line by line, what a pasted news page is made of: the article's body, its title and headings, photo
 * captions, and the page around it (cross-links, credits, date stamps, share buttons, teasers of other stories),
 * so that only the body is read for questions. The words are the furniture of Indonesian news sites in general,
 * never the facts of one article.
 */
final class PageLines {

    // Cross-links and the site's own notices, wherever they stand: "Baca juga: ...", "Baca berita tanpa iklan".
    // Every pattern here is searched for (find), not matched against the whole line: a long line costs one scan.
    private static final Pattern CROSS_LINK = Pattern.compile(
            "^(?:[-•·*>]\\s*)?(?:baca|simak|lihat|tonton|saksikan|cek)\\s+(?:juga|pula|selengkapnya|berita|artikel|video|info)\\b"
                    + "|^baca\\s*:|^baca berita (?:dengan|tanpa)\\b|^(?:artikel|berita) ini (?:telah|sudah) (?:tayang|terbit|dimuat)\\b"
                    + "|\\b(?:google news|whatsapp channel|saluran whatsapp|telegram channel|klik di ?sini|download aplikasi"
                    + "|unduh aplikasi|gabung kompas\\.com|konten menarik lainnya|tulis komentar|ikuti (?:kami|berita|update)"
                    + "|dapatkan (?:update|berita|informasi)|bagikan berita|share this|mulailah mengetik|kolom pencarian"
                    + "|ketik kata kunci|tekan tombol)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // Credits: "Pewarta: ...", "Editor : ...", "Rep: ... / Red: ...", "Laporan Wartawan Tribunnews.com ...".
    private static final Pattern CREDIT = Pattern.compile(
            "^(?:pewarta|editor|penulis|reporter|redaktur|penyunting|kontributor|sumber|rep|red|fotografer|grafis"
                    + "|ilustrator|produser|narator|penerjemah)\\s*:|^laporan (?:wartawan|reporter|jurnalis|koresponden)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(?:copyright|hak cipta|all rights reserved)\\b|©", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // Words a site puts on a line of its own: section names, ads, counters, menus (matched against the whole line).
    private static final Pattern FURNITURE = Pattern.compile(
            "^(?:advertisement|iklan|scroll to (?:continue|resume).*|loading.*|spot_img|tags?\\s*:?.*|topik\\s*:.*|kata kunci\\s*:.*"
                    + "|terkait|terkini|terpopuler|populer|rekomendasi.*|artikel pilihan|pilihan editor.*|berita terkait.*"
                    + "|berita terbaru.*|berita lainnya.*|fokus|komentar.*|bagikan.*|share.*|halaman\\s*:?.*|perbesar|headline"
                    + "|kumpulan berita.*|trending|pilihan|sorotan|lainnya"
                    + "|(?:di ?baca|dilihat|dibaca)\\s+[\\d.]+\\s*kali|version\\s+[\\d.]+|image of .*|profile picture .*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // Lines after which the page, not the article, goes on (when they stand in the second half of the text).
    private static final Pattern END_OF_ARTICLE = Pattern.compile(
            "^(?:pewarta|editor|penulis|reporter|redaktur|penyunting)\\s*:|^(?:copyright|hak cipta)\\b|^\\(\\*\\)\\s*\\S*$"
                    + "|^(?:rekomendasi|artikel pilihan|berita terkait|baca berita terkait|terpopuler|tags?)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // The desk's codes on a line of their own under the article: "(mdk/rzk)", "(HERMAWAN DP/Y)", "(Pendim 0503/JB)".
    private static final Pattern SIGNATURE_LINE = Pattern.compile("\\([^()/]{1,40}/[^()]{1,40}\\)\\s*\\.?");
    // A photo caption: the credit in brackets or after "Foto:" at its end, an "ANTARA FOTO/..." credit, "Ilustrasi".
    private static final Pattern CAPTION = Pattern.compile(
            "^\\(?(?:foto|ilustrasi|dok\\.?|dokumentasi|tangkapan layar|screenshot)\\b"
                    + "|\\((?:foto|dok|ist|istimewa|antara|reuters|afp|ap|xinhua)\\b[^()]*\\)\\s*\\.?$"
                    // "(ANTARA/Budi Santoso)"; an editor's initial after the slash ("(BUDI S/Y)") or the desk's codes
                    // in lower case ("(mcr25/jpnn)", "(ant/bmw)") sign the article.
                    + "|[.!?]\\s*\\((?!(?-i:[a-z0-9*]+/[a-z0-9*/]+)\\))[^()]{2,60}/(?![^()]{1,2}\\))[^()]{1,60}\\)\\s*\\.?$"
                    + "|\\((?!(?-i:[a-z0-9*]+/[a-z0-9*/]+)\\))\\p{Lu}[^()]{1,40}/\\s?(?![^()]{1,2}\\))[^()]{1,60}\\)\\s*\\.?$"
                    // "(transkepri.com/yd)": a site's credit with the photographer's initials.
                    + "|\\([^()\\s]{2,40}\\.(?:com|id|net|org|co)/[^()]{1,20}\\)\\s*\\.?$"
                    + "|\\bantara foto/|\\bfoto\\s*:\\s*\\S|\\S/(?:net|ist|istimewa|dok)\\s*\\.?$|--\\s*youtube\\b"
                    // "... 28 Januari 2024. (Media PSSI)": a credit in brackets after the last full stop.
                    // Initials in lower case ("... 2015. (asp)") sign the article; they are no photo credit.
                    + "|[.!?]\\s*\\((?-i:\\p{Lu})(?![^()]*/[^()/]{1,2}\\))[^()]{1,40}\\)\\s*$"
                    // "... Jawa Barat. TEMPO/Daniel A. Fajri": an outlet's credit with the photographer after the last stop.
                    + "|[.!?]\\s+\\p{Lu}{2,}[\\p{Lu}.]*\\s?/\\s?\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,3}\\s*$"
                    // "... sidak Pasar Induk. -Budi-": the photographer's name between hyphens after the last stop.
                    + "|[.!?]\\s*[-–]\\s?(?-i:\\p{Lu})[\\p{L}.]*(?:\\s+(?-i:\\p{Lu})[\\p{L}.]*){0,2}\\s?[-–]\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // "Kompas.com - 26/09/2022, 13:30 WIB", "Rabu, 12 Februari 2020 - 11:11 WIB", "28 Desember 2021 04:40".
    private static final Pattern STAMP_WORDS = Pattern.compile(
            "(?iu)\\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|januari|februari|maret|april|mei|juni|juli|agustus"
                    + "|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|sep|okt|nov|des|wib|wita|wit|pukul"
                    + "|date|diperbarui|dipublikasikan|diterbitkan|terbit)\\b|\\d+[:./]\\d+(?:[:./]\\d+)?|\\d+|[|,\\-–—/:]");
    private static final Pattern HAS_DATE_OR_TIME = Pattern.compile(
            "\\d{1,2}[:.]\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|(?iu)\\b(?:januari|februari|maret|april|mei|juni|juli|agustus"
                    + "|september|oktober|november|desember)\\b");
    // A tag line: "id shin tae yong,pelatih timnas indonesia,piala asia 2023".
    private static final Pattern TAG_LINE = Pattern.compile("^(?:id\\s+)?[\\p{Ll}\\d ]+(?:,\\s*[\\p{Ll}\\d ]+){2,}$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-•·*]|\\d{1,2}[.)])\\s+\\S");
    private static final int SHORT_LINE = 15;
    private static final int LONG_LINE = 600;

    private PageLines() {
    }

    /** The kind of every line (null for a blank one); lines are the text's lines in order. */
    static List<Sentence.Kind> classify(List<String> lines) {
        List<Sentence.Kind> kinds = new ArrayList<>(lines.size());
        int total = 0;
        for (String line : lines) {
            total += line.length() + 1;
        }
        int offset = 0;
        boolean ended = false;
        boolean afterColon = false;
        boolean first = true;
        for (String raw : lines) {
            String line = raw.strip();
            Sentence.Kind kind;
            if (line.isEmpty()) {
                kind = null;
            } else if (ended) {
                kind = Sentence.Kind.BOILERPLATE;
            } else {
                kind = kindOf(line, afterColon);
                // The first line of a pasted page, without a closing stop, is the title however long it runs
                // ("Kunker 2 Hari Gubernur Sumbar di Solsel, Serap Aspirasi dan Buka Festival Durian di ...").
                if (first && kind == Sentence.Kind.BODY && !closed(line) && Token.names(line).size() <= LONG_TITLE) {
                    kind = Sentence.Kind.HEADING;
                }
                if (offset * 2 > total && END_OF_ARTICLE.matcher(line).find()) {
                    ended = true;
                    kind = Sentence.Kind.BOILERPLATE;
                }
            }
            if (kind != null) {
                first = false;
                afterColon = kind == Sentence.Kind.BODY && (line.endsWith(":") || afterColon && LIST_ITEM.matcher(line).find());
            }
            kinds.add(kind);
            offset += raw.length() + 1;
        }
        markOtherStories(lines, kinds);
        return kinds;
    }

    /**
     * Lines of the body that belong to other stories or repeat the page: the line right after a section label
     * ("Headline", "Fokus", "Terpopuler", "Baca Juga"), which is a teaser of another story, and a later copy of a
     * paragraph the page already showed.
     */
    private static void markOtherStories(List<String> lines, List<Sentence.Kind> kinds) {
        Map<String, Integer> first = new HashMap<>();
        List<Integer> shown = new ArrayList<>();
        boolean afterLabel = false;
        boolean afterPhotoLabel = false;
        for (int i = 0; i < lines.size(); i++) {
            Sentence.Kind kind = kinds.get(i);
            if (kind == null) {
                continue;
            }
            String line = lines.get(i).strip();
            // "Tangkapan layar YouTube DPR RI" or "Foto: Dok. X" on a line of its own labels the caption under it.
            if (afterPhotoLabel && kind == Sentence.Kind.BODY && line.split("\\s+").length <= 40) {
                kinds.set(i, Sentence.Kind.CAPTION);
                kind = Sentence.Kind.CAPTION;
            }
            // Only a bare label (no sentence of its own, no closing credit) heads the caption under it.
            afterPhotoLabel = kind == Sentence.Kind.CAPTION && PHOTO_LABEL.matcher(line).find() && line.split("\\s+").length <= 8
                    && ".!?)”\"".indexOf(line.charAt(line.length() - 1)) < 0;
            Integer earlier = first.putIfAbsent(line, i);
            boolean repeated = earlier != null;
            if (kind == Sentence.Kind.BODY && repeated && !afterLabel && shown.indexOf(earlier) >= 0
                    && shown.indexOf(earlier) < TEASER_LINES) {
                // "Budi berharap, ..." under the headline and again in the body: the page's teaser quotes the article,
                // whose paragraph is the body copy.
                kinds.set(earlier, Sentence.Kind.CAPTION);
                repeated = false;
            }
            if (kind == Sentence.Kind.BODY && (afterLabel || repeated)) {
                kinds.set(i, Sentence.Kind.BOILERPLATE);
            }
            shown.add(i);
            afterLabel = SECTION_LABEL.matcher(line).matches();
        }
    }

    // The lines of a page's top (the headline and the teaser right under it) whose copy further down is the article's
    // paragraph; a paragraph further down that is repeated later is the first copy's.
    private static final int TEASER_LINES = 2;

    private static final Pattern PHOTO_LABEL = Pattern.compile(
            "(?iu)^\\(?(?:foto|ilustrasi|dok\\.?|dokumentasi|tangkapan layar|screenshot)\\b");

    // Labels under which a page lists other stories.
    private static final Pattern SECTION_LABEL = Pattern.compile(
            "(?iu)(?:headline|fokus|terpopuler|populer|terkini|trending|baca juga|rekomendasi|berita terkait|pilihan"
                    + "|pilihan editor|sorotan)\\s*:?");

    /** The kind of one non-blank line; {@code inList} when the lines before introduce a list ("... berikut:"). */
    static Sentence.Kind kindOf(String line, boolean inList) {
        if (line.length() > LONG_LINE) {
            // The furniture of a page is short: a long line is a paragraph, and patterns need not look at it.
            return Sentence.Kind.BODY;
        }
        if (CROSS_LINK.matcher(line).find() || CREDIT.matcher(line).find() || COPYRIGHT.matcher(line).find()
                || FURNITURE.matcher(line).matches() || TAG_LINE.matcher(line).matches() || line.startsWith("(*)")
                || SIGNATURE_LINE.matcher(line).matches()) {
            return Sentence.Kind.BOILERPLATE;
        }
        // '"...," tegasnya. (LKF)', '"...," ujarnya. (dna/ida)': the writer's initials after someone's words sign
        // the article's last paragraph; a photo's caption quotes no one.
        if (CAPTION.matcher(line).find() && !(ATTRIBUTED_QUOTE.matcher(line).find() && !PHOTO_LABEL.matcher(line).find())) {
            return Sentence.Kind.CAPTION;
        }
        if (closed(line)) {
            return Sentence.Kind.BODY;
        }
        List<Token> words = Token.names(line);
        List<Token> lettered = words.stream().filter(t -> Character.isLetter(t.text().charAt(0))).toList();
        if (LIST_ITEM.matcher(line).find()) {
            // An item of a list the text introduced is body; a bullet of its own is a link to another story.
            return inList ? Sentence.Kind.BODY : Sentence.Kind.BOILERPLATE;
        }
        if (isStamp(line)) {
            return Sentence.Kind.BOILERPLATE;
        }
        if (words.size() > SHORT_LINE || ATTRIBUTED_QUOTE.matcher(line).find()) {
            return Sentence.Kind.BODY;
        }
        if (lettered.size() <= 2) {
            // One or two words on a line of their own: a section, an author, a label.
            return Sentence.Kind.BOILERPLATE;
        }
        return Sentence.Kind.HEADING;
    }

    private static final int LONG_TITLE = 30;
    // '“Guna menjajaki ... dengan Laos,” katanya' with its stop left off: someone's words, not a heading.
    // (the verbs of saying are the quote reader's own, QuoteExtractor.AFTER_VERBS)
    private static final Pattern ATTRIBUTED_QUOTE = Pattern.compile("(?iu)\\p{L}[,.!?]?\\s*[”\"]\\s*,?\\s*(?:"
            + QuoteExtractor.AFTER_VERBS + ")(?:nya\\b|\\s+\\p{L})");

    /** Whether a line ends as a sentence or a clause does (a stop, a closing quote or bracket, a colon, a comma). */
    private static boolean closed(String full) {
        // "... 100 kotak.***": the site's sign-off after the stop
        String line = SentenceSplitter.SIGN_OFF.matcher(full).replaceFirst("");
        if (line.isEmpty()) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (last == '”' && line.indexOf('“') >= 0) {
            // A quotation closes a sentence when a stop stands inside it ("... ujarnya.”"); a title may end in a
            // quoted name ("... Dimenangkan oleh Tim “Fortuna”").
            return closed(line.substring(0, line.length() - 1).stripTrailing());
        }
        return ".!?\"”’')".indexOf(last) >= 0 || last == ':' || last == ';' || last == ',';
    }

    /** Whether the line holds a date or a time of day. */
    static boolean hasDateOrTime(String line) {
        return HAS_DATE_OR_TIME.matcher(line).find();
    }

    /** A line that only dates the page: days, dates, times, an outlet's name and separators. */
    static boolean isStamp(String line) {
        if (!HAS_DATE_OR_TIME.matcher(line).find()) {
            return false;
        }
        String rest = STAMP_WORDS.matcher(line).replaceAll(" ").strip();
        if (rest.isEmpty()) {
            return true;
        }
        String[] left = rest.split("\\s+");
        // What remains may name the outlet ("Kompas.com", "CNN Indonesia") or the reporter after "LAPORAN".
        return left.length <= 2 || line.toUpperCase(Locale.ROOT).contains("LAPORAN") && left.length <= 5;
    }
}
