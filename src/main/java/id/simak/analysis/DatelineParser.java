package id.simak.analysis;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens a news text ("BEIJING, 3 Juni (Xinhua) --", "Jakarta (ANTARA) -",
 * "JAKARTA, KOMPAS —", "KUALA LUMPUR –"), looking past a title line or two.
 */
public final class DatelineParser {

    /** A dateline and where it starts in the text. */
    record Found(Dateline dateline, int start) {}

    private static final String PLACE = "(?<place>\\p{Lu}[\\p{L}'’.\\-]*(?: \\p{Lu}[\\p{L}'’.\\-]*){0,2})";
    private static final String DAY = "(?:\\s*\\(\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\))?";
    // With the agency in brackets: "BEIJING, 3 Juni (Xinhua) --", "Jakarta (ANTARA) -".
    // "Seoul, Korea Selatan, 17/5 (Antara) -": the city's country between the place and the date.
    // "Kalianda (Lampost.co): Cuaca ...": a colon for the dash. "SEMARANG[Kampusnesia] –": square brackets.
    // "Sukamaju Tengah, Lampung Barat (Kabardesa.com) –": the town's regency between the town and the bracket.
    private static final String COUNTRY_AFTER_PLACE = "(?:,\\s*\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+){0,2}(?=\\s*,\\s*\\d|\\s*[(\\[]))?";
    private static final Pattern BRACKETED = Pattern.compile("^[ \\t]*" + PLACE + COUNTRY_AFTER_PLACE + "\\s*(?:,\\s*(?<date>[^()\\n,]{1,40}?"
            + DAY + "))?\\s*[(\\[](?<agency>[^()\\[\\]\\n]{2,30})[)\\]]\\s*(?:--|—|–|-|:)\\s*");
    // Without brackets the dash must be a real dash, not a hyphen: "JAKARTA, KOMPAS —", "Jakarta –".
    private static final Pattern PLAIN = Pattern.compile("^[ \\t]*" + PLACE + "(?:,\\s*(?<second>[^()\\n,–—]{1,40}?"
            + DAY + "))?\\s*(?:--|—|–)\\s*");
    // A place or outlet and a hyphen between spaces, as web outlets write a dash: "JAKARTA - ", "Sidoarjo - ",
    // "WARTA PONTIANAK - ", or the place in capitals and a full stop: "BOGOR. ".
    // "PANGKALAN KERINCI -Satuan": a hyphen after a space, glued to the first word of the story.
    // "KEFAMENANU,- Jaksa ...", "KEFAMENANU, - Jaksa ...": a comma before the hyphen.
    private static final Pattern HYPHENATED = Pattern.compile("^[ \\t]*" + PLACE + "(?:\\s+-\\s+|(?<=\\p{Lu}{3}),\\s?-\\s+(?=\\p{Lu})|(?<=\\p{Lu}{3})\\.\\s+(?=\\p{Lu})"
            + "|(?<=\\p{Lu}{4})-(?=\\p{Lu}\\p{Ll})|(?<=\\p{Lu}{3})\\s+-(?=\\p{Lu}\\p{Ll}))");
    // "LOANO, Bupati Purworejo ...": a town in capitals and a comma opening the first paragraph, with no dash and no
    // outlet. Taken only when the text names the town again in another case ("Kecamatan Loano"), so an acronym that
    // opens a sentence ("KPK, melalui ...") is no dateline.
    // "KABUPATEN MALANG  |  Wilayah ...": a bar for the comma.
    private static final Pattern CAPS_COMMA = Pattern.compile("^[ \\t]*(?<place>\\p{Lu}{3,}(?: \\p{Lu}{3,}){0,2})(?:,|\\s*\\|)\\s+(?=\\p{Lu}\\p{Ll})");
    // "Jakarta: Neraca perdagangan ...": a place and a colon opening the first paragraph, as some outlets write it.
    private static final Pattern COLON = Pattern.compile("^[ \\t]*(?<place>\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?):\\s+(?=\\p{Lu})");
    // Words that open a labelled line, not a place: "Foto: ...", "Baca juga: ...", "Editor: ...".
    private static final Set<String> LABELS = Set.of("foto", "baca", "baca juga", "editor", "penulis", "reporter",
            "sumber", "catatan", "ilustrasi", "keterangan", "video", "simak", "lihat", "update", "info", "tags", "tag",
            "kategori", "redaktur", "pewarta", "penyunting", "dok", "dokumentasi", "disclaimer", "perhatian",
            "pengumuman", "kesimpulan", "ringkasan", "pertama", "kedua", "ketiga", "judul", "tema", "topik");
    private static final int MIN_WORDS_AFTER_COLON = 8;
    // Words that make a name in capitals an outlet rather than a place.
    private static final Pattern OUTLET_WORDS = Pattern.compile(
            "(?i).*\\b(?:harian|warta|pewarta|pos|post|news|times|tribun|radar|kabar|media|antara|kompas|tempo|detik|suara|okezone"
                    + "|jpnn|inews|viva|republika|disway|hariane|berita|info|online|today|siaran)\\b.*|.*\\.(?:com|co|id)\\b.*"
                    // "JurnalPatroliNews": a word of the trade glued to the outlet's name
                    + "|(?-i:.*\\p{Ll}(?:News|Times|Post|Pos|Online|Media|Today)\\b.*)"
                    // "Sukamajutime": a town's short name glued to a word of the trade in lower case
                    + "|(?-i:\\s*\\p{Lu}\\p{Ll}{3,}(?:time|times|news|today|online|post)\\s*)");
    // "Palembang,Sukamajukini" on a line of its own: a town the gazetteer knows and one word, the outlet.
    private static final Pattern LINE_PLACE_OUTLET = Pattern.compile(
            "^[ \\t]*(?<place>\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?)\\s*,\\s*(?<agency>\\p{Lu}\\p{L}{2,}(?:\\.\\p{L}{2,4})?)[ \\t]*$");
    private static final String WEEKDAY = "(?:" + IndonesianCalendar.DAY_NAMES + "|Jum'at|Ahad)\\b";
    private static final String DOMAIN = "[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*(?:\\.[\\p{L}]{2,4}){1,2}";
    // A news outlet in domain form or capitals ("TEMPO.CO", "Kompas.com", "CNN Indonesia", "ANTARA").
    // Or words in title case that {@link #isOutlet} then proves by a word of the trade ("Kotawaringin News").
    private static final String OUTLET = "(?:[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*(?:\\.[\\p{L}]{2,4}){1,2}|\\p{Lu}{2,}(?: \\p{Lu}[\\p{L}]+){0,2}"
            + "|\\p{Lu}\\p{Ll}+(?: \\p{Lu}[\\p{L}]+){1,2})";
    // Agency first, then the place: "TEMPO.CO, Brebes -". Only the domain form tells the outlet from a
    // place here ("JAKARTA, KOMPAS —" is place first).
    // The place may be in capitals with a hyphen that touches it ("KORANRIAU.co,PEKANBARU- Gubernur") or a comma
    // after it ("WartaPendidikan.co.id, JAKARTA, Kementerian"), but not a comma before the day ("JAKARTA, Kamis").
    // "tegas.co., KONSEL, SULTRA –": a stop after the domain and the province after the town; "gentamerah.com |
    // Lampung Tengah –", "detakbanten.com I SERDANG BEDAGAI -": a bar (or a capital I typed for one) for the comma.
    private static final Pattern AGENCY_FIRST = Pattern.compile("^[ \\t]*(?<agency>" + DOMAIN + ")\\.?(?:\\s*,\\s*|\\s+[|I]\\s+)"
            + PLACE + "(?:\\s*,\\s*\\p{Lu}{3,}(?: \\p{Lu}{3,})?(?=\\s*(?:--|—|–|-)\\s))?"
            + "(?:\\s+(?:--|—|–|-)\\s+|\\s*(?:--|—|–)\\s*|-(?=\\p{Lu})|(?<=\\p{Lu}{2})-\\s+(?=\\p{Lu})"
            + "|(?<=\\p{Lu}{3}),\\s+(?!" + WEEKDAY + ")(?=\\p{Lu}\\p{Ll}))");
    // An outlet in capitals, then a place in title case: "KABARKOTA, Madiun - ".
    // A stray lower-case first letter is still the outlet's capitals ("lBC, Serang - ").
    // ("MEDAN, Senin - ": a day of the week is the date, not a place after an outlet)
    private static final Pattern CAPS_AGENCY_FIRST = Pattern.compile("^[ \\t]*(?<agency>(?:\\p{L}|\\d{1,3})\\p{Lu}{2,}(?: \\p{Lu}{2,})?)\\s*,\\s*"
            + "(?!(?:" + WEEKDAY + ")\\b)(?<place>\\p{Lu}\\p{Ll}[\\p{L}'’.]*(?: \\p{Lu}\\p{Ll}[\\p{L}'’.\\-]*){0,2})"
            // "PARBOABOA, Jakarta- Ketika ...": the hyphen touching the place
            + "(?:\\s+(?:--|—|–|-)\\s+|-\\s+(?=\\p{Lu}))");
    // Place, comma (or bar), outlet: "Jakarta, CNN Indonesia --", "Medan, Kompas.com -", "SUKABUMI | MAGNET.CO –".
    // "Padang, InfoPublik - ", "Lamongan, KabarOne News.com-Kompetisi", "KEDIRI||KABARZINDO.com-", "PONOROGO,
    // KANALINDONESIA.COM: Kontingen": one word with capitals inside, a word before the domain, bars, a colon.
    // "SURABAYA, kabarkota.com | Wakil ...": a bar for the dash after a domain.
    private static final Pattern PLACE_OUTLET = Pattern.compile("^[ \\t]*" + PLACE + "\\s*(?:,|\\|{1,2})\\s*(?<agency>"
            + "(?:\\p{Lu}\\p{L}+\\s){0,2}" + OUTLET + "|\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}+"
            // "Bima, Bimakini.- Bupati ...": one word in title case closed by a stop and a hyphen
            + "|\\p{Lu}\\p{Ll}{3,}(?=\\.-\\s)"
            // "Sukamaju, Pewarta - Tim ...": one word of the trade (proved by isOutlet)
            + "|\\p{Lu}\\p{Ll}{3,}(?=\\s+-\\s+\\p{Lu})"
            + ")(?:\\s+(?:--|—|–|-)\\s+|\\s*(?:--|—|–)\\s*|(?<=\\.\\p{L}{2,4})-\\s*(?=\\p{Lu})|(?<=\\.\\p{L}{2,4})\\s?:\\s+(?=\\p{Lu})"
            + "|\\.-\\s+(?=\\p{Lu})"
            // "Kabupaten Bima, Kabar Sukamaju.com,- Setelah ...": a comma and a hyphen after the address
            + "|(?<=\\.\\p{L}{2,4}),\\s?-\\s*(?=\\p{Lu})"
            + "|(?<=\\.\\p{L}{2,4})\\s+\\|\\s+(?=\\p{Lu})"
            // "KUDUS, Lingkarjateng.id Menteri ...": a web address with no dash after it, the story right after
            + "|(?<=\\p{Ll}\\.(?:id|com|co|net|org|news))\\s+(?=\\p{Lu}\\p{Ll}))");
    // Two names in capitals and a dash that may touch the text: "KABARINDO, BOGOR-Presiden", "BOGOR, KABARINDO – ",
    // or follow a full stop: "BIMA, BIMA TODAY.- Bupati".
    // The place is the one the article names again in its own spelling.
    private static final Pattern CAPS_PAIR = Pattern.compile("^[ \\t]*(?<a>\\p{Lu}{2,}(?: \\p{Lu}{2,})?)\\s*,\\s*"
            + "(?<b>\\p{Lu}{2,}(?: \\p{Lu}{2,})?)(?:\\s*(?:--|—|–)\\s*|\\s+-\\s+|-(?=\\p{Lu})|\\.-\\s+(?=\\p{Lu}))");
    // The outlet, a dash, the place in capitals and a dash: "BNews—MAGELANG— ", "Radar—SOLO – ".
    // "GARUDASAKTI.ID – Jakarta – Presiden": the place in title case between two spaced dashes.
    private static final Pattern OUTLET_DASH_PLACE = Pattern.compile("^[ \\t]*(?<agency>[\\p{L}\\d][\\p{L}\\d.]{1,29})"
            + "\\s*(?:--|—|–)\\s*(?:(?<place>\\p{Lu}{2,}(?: \\p{Lu}{2,}){0,2})\\s*(?:--|—|–|-)\\s*"
            + "|(?<titled>\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2})(?:\\s+(?:--|—|–|-)\\s+|,\\s?-\\s+)(?=\\p{Lu}))");
    // The place in capitals, a hyphen, the outlet in capitals and a comma: "BOGOR-RADAR BOGOR, Ratusan rumah ...".
    private static final Pattern PLACE_HYPHEN_OUTLET = Pattern.compile("^[ \\t]*(?<place>\\p{Lu}{2,}(?: \\p{Lu}{2,})?)-"
            + "(?<agency>\\p{Lu}{2,}(?: \\p{Lu}{2,}){0,2})\\s*,\\s*(?=\\p{Lu})");
    // Place, date, then the outlet's domain: "LUMAJANG, Jumat (6/4/2018) suaraindonesia-news.com – ", or no dash
    // ("JEMBER, Selasa (19/3/2019) suaraindonesia-news.com Bupati ...").
    private static final Pattern PLACE_DATE_DOMAIN = Pattern.compile("^[ \\t]*" + PLACE
            + "\\s*,\\s*(?<date>[^()\\n,]{0,30}\\(\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\))\\s+(?<agency>" + DOMAIN
            + ")(?:\\s*(?:--|—|–|-)\\s*|\\s+(?=\\p{Lu}\\p{Ll}))");
    // The outlet's web address, a space, the place in capitals and a dash: "www.inikebumen.net KEBUMEN - ".
    private static final Pattern DOMAIN_PLACE = Pattern.compile("^[ \\t]*(?<agency>(?:www\\.)?" + DOMAIN + ")\\s+"
            + "(?<place>\\p{Lu}{2,}(?: \\p{Lu}{2,}){0,2})\\s*(?:--|—|–|-)\\s+(?=\\p{Lu})");
    // The outlet alone in brackets, opening the story: "(Baliekbis.com), Singaraja FC dan ...".
    private static final Pattern BRACKETED_OUTLET = Pattern.compile("^[ \\t]*\\((?<agency>" + DOMAIN + ")\\)\\s*(?:[,:]|--|—|–|-)?\\s+(?=\\p{Lu})");
    // An outlet in title case whose last word is of the trade, then the place: "Banua Tv, Banjarbaru – ".
    private static final Pattern TITLED_OUTLET_PLACE = Pattern.compile("^[ \\t]*(?<agency>\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+){0,2})"
            + "\\s*,\\s*(?<place>\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2})\\s*(?:--|—|–|-)\\s+(?=\\p{Lu})");
    private static final Pattern TRADE_WORD = Pattern.compile("(?i)\\b(?:tv|news|pos|post|times|online|media|today|radio|fm|net)$");
    // The outlet alone: "Kompas.com - ", "TEMPO.CO -- ".
    // "harapanrakyat.com,- Bupati ...": a comma before the dash.
    // "TANGERANGNEWS.com-Dinas Kesehatan ...": the hyphen touching the story's first word.
    private static final Pattern OUTLET_ONLY = Pattern.compile("^[ \\t]*(?<agency>" + DOMAIN + ")"
            + "(?:\\s*,?\\s*(?:--|—|–|-)\\s+|-(?=\\p{Lu}\\p{Ll}))");
    // One name in capitals, a hyphen that touches it, a space: "RADIOWEBINDO- Jelang pembukaan ...". A place when the
    // text names it again ("SOLO- ... di Solo"), otherwise the outlet: a wrong town would become a question.
    // The outlet's address in capitals with the town after a stop or a hyphen: "WARTAKINI.COM.SUKAMAJU- Dewan ...",
    // "WARTAKINI.COM-SUKAMAJU- Pemkab ...".
    private static final Pattern DOMAIN_DOT_PLACE = Pattern.compile("^[ \\t]*(?<agency>\\p{Lu}{3,}\\.(?:COM|NET|ORG|ID|CO\\.ID))[.-]"
            + "(?<place>\\p{Lu}{3,}(?: \\p{Lu}{2,})?)\\s*(?:--|—|–|-)\\s*(?=\\p{Lu})");
    // The place in capitals, a hyphen, then the outlet's web address and its own dash: "SUKAMAJU- Warta.co,-Penerimaan ...".
    private static final Pattern PLACE_HYPHEN_DOMAIN = Pattern.compile("^[ \\t]*(?<place>\\p{Lu}{3,}(?: \\p{Lu}{2,})?)\\s*-\\s*"
            + "(?<agency>" + DOMAIN + ")\\s*,?\\s*(?:--|—|–|-)\\s*(?=\\p{Lu})");
    // The outlet, a spaced hyphen, a town of the country's list, a spaced hyphen: "Warta - Palangka Raya - Menteri ...".
    private static final Pattern OUTLET_HYPHEN_TOWN = Pattern.compile("^[ \\t]*(?<agency>[\\p{L}\\d][\\p{L}\\d.]{1,29})\\s+-\\s+"
            + "(?<place>\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+){0,2})\\s+-\\s+(?=\\p{Lu})");
    // An outlet in capitals (and a word of its edition), a comma, the town and a colon: "WARTA Interaktif, Jakarta:Harga ...".
    private static final Pattern CAPS_OUTLET_TOWN_COLON = Pattern.compile("^[ \\t]*(?<agency>\\p{Lu}{3,}(?: \\p{Lu}\\p{L}+)?)\\s*,\\s*"
            + "(?<place>\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)\\s*:\\s*(?=\\p{Lu})");
    private static final Pattern CAPS_HYPHEN_SPACE = Pattern.compile("^[ \\t]*(?<name>\\p{Lu}{3,}(?: \\p{Lu}{2,})?)-\\s+(?=\\p{Lu})");
    private static final int LINES_TO_LOOK = 5;
    // Lines of a pasted page that are no part of the story: a teaser cut short ("Presiden Tiba di..."), text-size
    // buttons ("A A A"), a photo caption ending in its credit ("... FOTO/ANTARA", "... Foto: Dok. Humas").
    private static final Pattern PAGE_FURNITURE = Pattern.compile("(?s).*(?:\\.\\.\\.|…)\\s*|\\s*(?:\\p{L}\\s*){1,4}"
            + "|.*\\b(?:FOTO|Foto|foto)\\s*(?:/|:)\\s*[^.!?]{2,60}\\s*"
            // Share buttons and what they say: "facebook twitter whatsapp telegram line copy", "URL berhasil dicopy".
            + "|(?iu)\\s*(?:(?:facebook|twitter|whatsapp|telegram|line|copy|icon|email|e-mail|share|pinterest|linkedin"
            + "|x|salin|tautan|link|bagikan|url|berhasil|dicopy|disalin|tersalin)\\s*)+");

    private DatelineParser() {}

    /** The dateline, or null when the text does not open with one. */
    public static Dateline parse(String text) {
        Found found = find(text);
        return found == null ? null : found.dateline();
    }

    /**
     * The dateline at the start of one of the first lines, or null. Lines of the page around the article (date
     * stamps, credits, share buttons, captions) are passed over without being counted.
     */
    static Found find(String text) {
        int lineStart = 0;
        for (int line = 0; line < LINES_TO_LOOK && lineStart < text.length(); ) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String content = text.substring(lineStart, Math.min(lineEnd, lineStart + 300));
            Sentence.Kind kind = SentenceSplitter.kindOf(content);
            // ("Palembang,Sukamajukini" on its own line reads as page furniture, yet it is the dateline)
            boolean ownLine = placeAndOutletLine(content) != null;
            if (!content.isBlank() && (kind != Sentence.Kind.BOILERPLATE || ownLine) && kind != Sentence.Kind.CAPTION) {
                Dateline d = atStart(content, text.substring(lineEnd));
                if (d == null) {
                    d = outletThenPlace(content);
                }
                if (d != null) {
                    d = placeOfOutlet(d);
                    d = withOutletAfter(d, content);
                    int indent = 0;
                    while (indent < content.length() && Character.isWhitespace(content.charAt(indent))) {
                        indent++;
                    }
                    return new Found(d, lineStart + indent);
                }
                if (!PAGE_FURNITURE.matcher(content).matches()) {
                    line++;
                }
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }

    // "Wajo – Celoteh.Online– Kepala ...": the outlet's web address and its own dash after the town's.
    private static final Pattern ADDRESS_AFTER = Pattern.compile(
            "\\s*(?<agency>[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*\\.(?i:com|co\\.id|co|id|net|org|online|news|info|today|asia))"
                    + "\\s*(?:--|—|–|-)\\s*(?=\\p{Lu})");

    /** A town's dateline without its outlet, then the outlet's address and a dash: both are the dateline. */
    private static Dateline withOutletAfter(Dateline d, String line) {
        if (d.agency() != null || d.text() == null) {
            return d;
        }
        int at = line.indexOf(d.text());
        if (at < 0) {
            return d;
        }
        Matcher m = ADDRESS_AFTER.matcher(line).region(at + d.text().length(), line.length());
        return m.lookingAt() ? new Dateline(d.place(), d.date(), m.group("agency"), line.substring(at, m.end()).strip()) : d;
    }

    // "Klaten-SP: Dalam operasi ...": the town, a hyphen, the outlet's initials, a colon.
    private static final Pattern TOWN_HYPHEN_INITIALS = Pattern.compile(
            "^[ \\t]*(?<place>\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)?)-(?<agency>\\p{Lu}{2,5})\\s*:\\s+(?=\\p{Lu})");
    // "Sukamajukini, Klaten—Musim ...": the outlet's name, then the town, then a dash.
    private static final Pattern OUTLET_THEN_TOWN = Pattern.compile(
            "^[ \\t]*(?<agency>\\p{Lu}[\\p{L}\\d]+(?:\\.\\p{L}{2,4}){0,2})\\s*,\\s*(?<place>\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)?)"
                    + "\\s*[—–-]\\s*(?=\\p{Lu})");

    // "Kota Kinabalu-warta.org: Duta Besar ...": the town, a hyphen, the outlet's web address, a colon.
    private static final Pattern TOWN_HYPHEN_ADDRESS = Pattern.compile(
            "^[ \\t]*(?<place>\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+){0,2})-(?<agency>" + DOMAIN + ")\\s*:\\s+(?=\\p{Lu})");

    // "02 Juli 2009, Garut -- Menristek ...": the day of writing, then the town, then a dash.
    private static final Pattern DATE_THEN_TOWN = Pattern.compile("^[ \\t]*(?<date>\\d{1,2}\\s+\\p{Lu}\\p{Ll}{2,8}\\s+\\d{4})\\s*,\\s*"
            + "(?<place>\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)?)\\s*(?:--|—|–|-)\\s*(?=\\p{Lu})");

    private static Dateline outletThenPlace(String line) {
        Matcher dated = DATE_THEN_TOWN.matcher(line);
        if (dated.find() && dateOf(dated.group("date")) != null) {
            return new Dateline(dated.group("place"), dateOf(dated.group("date")), null, dated.group().strip());
        }
        Matcher address = TOWN_HYPHEN_ADDRESS.matcher(line);
        if (address.find()) {
            return new Dateline(address.group("place"), null, address.group("agency"), address.group().strip());
        }
        Matcher initials = TOWN_HYPHEN_INITIALS.matcher(line);
        if (initials.find() && Gazetteer.isRegencyOrCity(initials.group("place"))) {
            return new Dateline(initials.group("place"), null, initials.group("agency"), initials.group().strip());
        }
        Matcher m = OUTLET_THEN_TOWN.matcher(line);
        if (!m.find() || !Gazetteer.isRegencyOrCity(m.group("place")) || Gazetteer.isRegencyOrCity(m.group("agency"))) {
            return null;
        }
        return new Dateline(m.group("place"), null, m.group("agency"), m.group().strip());
    }

    /**
     * "KLATEN-" read as an outlet is the town; "KLATEN.SUKAMAJU.ASIA" is the town before the outlet's domain: a regency or
     * a city of the country's list is where the story was filed.
     */
    private static Dateline placeOfOutlet(Dateline d) {
        if (d.place() == null && d.agency() != null && Gazetteer.isRegencyOrCity(d.agency())) {
            return new Dateline(capitalised(d.agency()), d.date(), null, d.text());
        }
        if (d.place() != null && d.place().indexOf('.') > 0) {
            String town = d.place().substring(0, d.place().indexOf('.'));
            if (Gazetteer.isRegencyOrCity(town)) {
                return new Dateline(capitalised(town), d.date(), d.place().substring(town.length() + 1), d.text());
            }
        }
        return d;
    }

    /** "KLATEN" as "Klaten"; a name written otherwise stays as written. */
    private static String capitalised(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String w : name.toLowerCase(Locale.ROOT).split(" ")) {
            out.append(out.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return out.toString();
    }

    private static Dateline atStart(String line, String rest) {
        Dateline outlet = outletForm(line, rest);
        if (outlet != null) {
            return outlet;
        }
        Matcher colon = COLON.matcher(line);
        if (colon.find() && !LABELS.contains(colon.group("place").toLowerCase(Locale.ROOT))
                && line.substring(colon.end()).split("\\s+").length >= MIN_WORDS_AFTER_COLON
                && line.strip().matches("(?s).*[.!?\"”]$")) {
            // A paragraph, not a headline that names its speaker ("Mendag: Operasi Pasar Digelar di 34 Provinsi").
            return new Dateline(colon.group("place").strip(), null, null, colon.group().strip());
        }
        Matcher m = BRACKETED.matcher(line);
        String date = null;
        String agency;
        if (m.find()) {
            agency = m.group("agency").strip();
            if (m.group("date") != null) {
                date = dateOf(m.group("date"));
            }
        } else {
            m = PLAIN.matcher(line);
            if (!m.find() || m.end() >= line.length()) {
                Matcher h = HYPHENATED.matcher(line);
                if (!h.find() || h.end() >= line.length() || h.group("place").split(" ").length > 3) {
                    Matcher c = CAPS_COMMA.matcher(line);
                    if (c.find() && c.end() < line.length() && namedAgain(c.group("place"), line.substring(c.end()) + rest)) {
                        String name = c.group("place");
                        return new Dateline(properCase(name, line.substring(c.end()) + rest), null, null,
                                line.substring(0, c.end()).strip());
                    }
                    return null;
                }
                String name = h.group("place").strip();
                if (OUTLET_WORDS.matcher(name).matches()) {
                    return new Dateline(null, null, name, h.group().strip());
                }
                return new Dateline(properCase(name, line.substring(h.end()) + rest), null, null, h.group().strip());
            }
            String place = m.group("place");
            boolean shouted = place.equals(place.toUpperCase(Locale.ROOT));
            if (!shouted && m.group("second") != null) {
                return null; // "Menurut Rudi, harga –": a title-case place with more after it is prose
            }
            agency = null;
            if (m.group("second") != null) {
                date = dateOf(m.group("second"));
                agency = date == null ? m.group("second").strip() : null;
            }
            // "Siaran Depok – ": a name with a word of the trade is the outlet, not the town.
            if (agency == null && date == null && OUTLET_WORDS.matcher(place).matches()) {
                return new Dateline(null, null, place.strip(), m.group().strip());
            }
        }
        String place = m.group("place").strip();
        return new Dateline(properCase(place, line.substring(m.end()) + rest), date, agency, m.group().strip());
    }

    /**
     * The town and the outlet of a line that is only a town the gazetteer knows, a comma and an outlet's one word
     * ("Palembang,Sukamajukini"), or null.
     */
    private static Matcher placeAndOutletLine(String line) {
        Matcher m = LINE_PLACE_OUTLET.matcher(line);
        return m.find() && Gazetteer.isRegencyOrCity(m.group("place")) && !IndonesianCalendar.isCalendarWord(m.group("agency"))
                ? m : null;
    }

    /** The shapes of Indonesian web outlets, which name the outlet without brackets and often no date. */
    private static Dateline outletForm(String line, String rest) {
        Matcher own = placeAndOutletLine(line);
        if (own != null && !rest.isBlank()) {
            return new Dateline(own.group("place"), null, own.group("agency"), line.strip());
        }
        Matcher m = AGENCY_FIRST.matcher(line);
        if (m.find() && m.end() < line.length() && isOutlet(m.group("agency"))) {
            return placeAndOutlet(m, line, rest);
        }
        m = CAPS_AGENCY_FIRST.matcher(line);
        if (m.find() && m.end() < line.length() && !OUTLET_WORDS.matcher(m.group("place")).matches()) {
            String caps = m.group("agency").strip();
            String second = m.group("place").strip();
            String after = line.substring(m.end()) + rest;
            if (namedAgain(caps, after) && !namedAgain(second, after) || second.matches("\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}*")) {
                // "GORONTALO UTARA, Humas –", "SERANG, TitikNOL -": the capitals are the place the story names again
                // ("Kabupaten Gorontalo Utara"), the words after them the desk or outlet it never names; a word with
                // capitals inside it is an outlet's name, not a town's.
                return new Dateline(properCase(caps, after), null, second, m.group().strip());
            }
            return new Dateline(second, null, caps, m.group().strip());
        }
        m = PLACE_OUTLET.matcher(line);
        // "Jakarta, CNN Indonesia --" may stand on a line of its own above the first paragraph.
        if (m.find() && (m.end() < line.length() || !rest.isBlank())
                && (isOutlet(m.group("agency")) || m.group().strip().endsWith(".-"))) {
            String place = m.group("place").strip();
            String agency = m.group("agency").strip();
            if (namedAfter(place, agency)) { // "TIMES JAKARTA, JAKARTA –": the outlet, then its town
                return new Dateline(properCase(agency, line.substring(m.end()) + rest), null, place, m.group().strip());
            }
            return new Dateline(properCase(place, line.substring(m.end()) + rest), null, agency, m.group().strip());
        }
        m = DOMAIN_PLACE.matcher(line);
        if (m.find() && m.end() < line.length()) {
            return placeAndOutlet(m, line, rest);
        }
        m = PLACE_DATE_DOMAIN.matcher(line);
        if (m.find() && m.end() < line.length() && isOutlet(m.group("agency"))) {
            return new Dateline(properCase(m.group("place").strip(), line.substring(m.end()) + rest), dateOf(m.group("date")),
                    m.group("agency").strip(), m.group().strip());
        }
        m = CAPS_PAIR.matcher(line);
        if (m.find() && m.end() < line.length()) {
            String a = m.group("a").strip();
            String b = m.group("b").strip();
            boolean aNamed = namedAgain(a, rest + line.substring(m.end()));
            boolean bNamed = namedAgain(b, rest + line.substring(m.end()));
            // "TIMES JAKARTA, JAKARTA –": an outlet named after its town, then the town.
            boolean placeSecond = namedAfter(a, b) || !namedAfter(b, a) && bNamed && !aNamed;
            String place = placeSecond ? b : a;
            return new Dateline(properCase(place, line.substring(m.end()) + rest), null, placeSecond ? a : b,
                    m.group().strip());
        }
        m = OUTLET_DASH_PLACE.matcher(line);
        if (m.find() && m.end() < line.length()) {
            String place = m.group("place") != null ? m.group("place") : m.group("titled");
            if (!m.group("agency").equals(place)) {
                return new Dateline(properCase(place.strip(), line.substring(m.end()) + rest), null,
                        m.group("agency").strip(), m.group().strip());
            }
        }
        m = OUTLET_HYPHEN_TOWN.matcher(line);
        if (m.find() && m.end() < line.length() && Gazetteer.isRegencyOrCity(m.group("place"))
                && !Gazetteer.isRegencyOrCity(m.group("agency"))) {
            return placeAndOutlet(m, line, rest);
        }
        m = CAPS_OUTLET_TOWN_COLON.matcher(line);
        if (m.find() && m.end() < line.length()) {
            return placeAndOutlet(m, line, rest);
        }
        m = PLACE_HYPHEN_OUTLET.matcher(line);
        if (m.find() && m.end() < line.length() && OUTLET_WORDS.matcher(m.group("agency")).matches()) {
            return placeAndOutlet(m, line, rest);
        }
        m = BRACKETED_OUTLET.matcher(line);
        if (m.find() && m.end() < line.length() && isOutlet(m.group("agency"))) {
            return new Dateline(null, null, m.group("agency").strip(), m.group().strip());
        }
        m = OUTLET_ONLY.matcher(line);
        if (m.find() && m.end() < line.length() && isOutlet(m.group("agency"))) {
            return new Dateline(null, null, m.group("agency").strip(), m.group().strip());
        }
        m = TITLED_OUTLET_PLACE.matcher(line);
        if (m.find() && m.end() < line.length() && TRADE_WORD.matcher(m.group("agency")).find()) {
            return placeAndOutlet(m, line, rest);
        }
        m = DOMAIN_DOT_PLACE.matcher(line);
        if (m.find() && m.end() < line.length()) {
            return placeAndOutlet(m, line, rest);
        }
        m = PLACE_HYPHEN_DOMAIN.matcher(line);
        if (m.find() && m.end() < line.length() && isOutlet(m.group("agency"))) {
            return placeAndOutlet(m, line, rest);
        }
        m = CAPS_HYPHEN_SPACE.matcher(line);
        if (m.find() && m.end() < line.length()) {
            String name = m.group("name").strip();
            String after = line.substring(m.end()) + rest;
            if (namedAgain(name, after) && !OUTLET_WORDS.matcher(name).matches()) {
                return new Dateline(properCase(name, after), null, null, m.group().strip());
            }
            return new Dateline(null, null, name, m.group().strip());
        }
        return null;
    }

    /** The dateline a pattern with a "place" and an "agency" group read: the town, its outlet, the words as written. */
    private static Dateline placeAndOutlet(Matcher m, String line, String rest) {
        return new Dateline(properCase(m.group("place").strip(), line.substring(m.end()) + rest), null,
                m.group("agency").strip(), m.group().strip());
    }

    /** Whether {@code outlet} is a longer name holding {@code town} as a word of it ("TIMES JAKARTA", "JAKARTA"). */
    private static boolean namedAfter(String outlet, String town) {
        String o = " " + outlet.toUpperCase(Locale.ROOT) + " ";
        String t = town.toUpperCase(Locale.ROOT).strip();
        return !t.isEmpty() && o.length() - 2 > t.length() && o.contains(" " + t + " ");
    }

    /** An outlet is written as a domain ("Kompas.com") or starts with a word in capitals ("CNN Indonesia"). */
    private static boolean isOutlet(String name) {
        String first = name.strip().split("[ .]")[0];
        boolean domain = name.matches("(?i).*\\.(?:com|co|id|net)(?:\\.id)?");
        // "Kotawaringin News": a name with a word of the trade is an outlet whatever its case.
        return domain || first.length() >= 2 && first.equals(first.toUpperCase(Locale.ROOT))
                && first.chars().allMatch(Character::isLetter) || OUTLET_WORDS.matcher(name).matches()
                // "InfoPublik", "KabarOne News": one word with a capital inside is a brand, no town.
                || name.strip().matches("\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?");
    }

    /** Whether the text names a word written in capitals again in another spelling ("BOGOR" as "Istana Bogor"). */
    private static boolean namedAgain(String caps, String text) {
        return otherSpelling(caps, text) != null;
    }

    /** The first spelling of the words other than the one given ("Yogyakarta" for "YOGYAKARTA"), or null. */
    private static String otherSpelling(String caps, String text) {
        Matcher same = Pattern.compile("\\b" + Pattern.quote(caps) + "\\b", Pattern.CASE_INSENSITIVE
                | Pattern.UNICODE_CASE).matcher(text);
        while (same.find()) {
            if (!same.group().equals(caps)) {
                return same.group();
            }
        }
        return null;
    }

    // "17/5" alone, where a dateline gives its date: day and month (and year).
    private static final Pattern SLASHED = Pattern.compile("\\s*(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\s*");

    private static String dateOf(String text) {
        Matcher slashed = text == null ? null : SLASHED.matcher(text);
        if (slashed != null && slashed.matches()) {
            int day = Integer.parseInt(slashed.group(1));
            int month = Integer.parseInt(slashed.group(2));
            if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
                String md = String.format(Locale.ROOT, "%02d-%02d", month, day);
                return slashed.group(3) == null ? "--" + md : slashed.group(3) + "-" + md;
            }
        }
        return DateExtractor.valueOf(text);
    }

    /** "YOGYAKARTA" becomes the spelling the article uses elsewhere ("Yogyakarta"), else title case. */
    private static String properCase(String place, String rest) {
        if (!place.equals(place.toUpperCase(Locale.ROOT))) {
            return place;
        }
        String spelled = otherSpelling(place, rest);
        if (spelled != null) {
            // "kabupaten Malang" in a sentence is "Kabupaten Malang" as the name of a place.
            return Character.toUpperCase(spelled.charAt(0)) + spelled.substring(1);
        }
        StringBuilder out = new StringBuilder(place.length());
        boolean startOfWord = true;
        for (char c : place.toCharArray()) {
            out.append(startOfWord ? c : Character.toLowerCase(c));
            startOfWord = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
