package id.simak.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a page credits around the article: its writer and editor ("Penulis: ...", "Editor : ...", "LAPORAN:
 * ...", a byline over the date stamp), and the photographer of a picture ("ANTARA FOTO/...", "(Nama/Outlet)").
 * They are people the text names, but not people of the story: no question is asked about them. General shapes of
 * Indonesian news pages only, never the names of one outlet's staff.
 */
final class Credits {

    // "Penulis : Raden ...", "Editor: ...", "LAPORAN: YAYAN ...", "Rep: A / Red: B".
    private static final Pattern LABELLED = Pattern.compile(
            "(?iu)(?:^|[|/·]\\s*)(penulis|editor|reporter|pewarta|redaktur|penyunting|kontributor|fotografer|laporan"
                    // ("Penulis dan Foto : Budi Santoso", "Teks & Foto: ...": who wrote the story and took its pictures)
                    + "|jurnalis|wartawan|rep|red|oleh|(?:penulis|teks|naskah)\\s*(?:dan|&)\\s*foto)\\s*:\\s*([^|/·:,\\d]+)");
    // A label on a line of its own under the name ("Sabrina Asril" / "Penulis").
    private static final Pattern LABEL_LINE = Pattern.compile(
            "(?iu)^(penulis|editor|reporter|pewarta|redaktur|penyunting|kontributor|fotografer|jurnalis|wartawan)\\s*:?$");
    // "Rahman Asmardika, Jurnalis · Rabu 18 Juli 2018", "Safyra Primadhyta, CNN Indonesia | Selasa, 10/03/2015".
    private static final Pattern BYLINE = Pattern.compile("^([^,|·]{3,60}),\\s*([^|·]{2,40})\\s*[|·]");
    // A photo credit at the end of a caption: "(AGUS HADIANTO/JAWA POS RADAR SEMARANG)", "(IDN Times/Rangga ...)",
    // "ANTARA FOTO/Puspa Perwitasari", "- Harian Jogja/ Ujang Hasanudin".
    private static final Pattern PHOTO_IN_BRACKETS = Pattern.compile("\\(([^()/]{2,60})/\\s?([^()/]{2,60})\\)\\s*\\.?\\s*$");
    private static final Pattern PHOTO_AFTER_STOP = Pattern.compile(
            "(?:^|[.!?]\\s+|\\s[-–—]\\s+)([\\p{Lu}][^./()]{1,40}?)\\s?/\\s?(\\p{Lu}[\\p{L}'’ .-]{2,60}?)\\s*\\.?\\s*$");
    // Words of outlets and picture desks: the side of a credit that holds one names no person.
    private static final Set<String> OUTLET_WORDS = Set.of("antara", "foto", "tempo", "kompas", "times", "pos", "radar",
            "media", "news", "tv", "tribun", "tribunnews", "dok", "dokumentasi", "ist", "istimewa", "harian", "detik",
            "republika", "reuters", "afp", "ap", "xinhua", "epa", "anadolu", "humas", "net", "cnn", "kumparan",
            "liputan6", "okezone", "suara", "jawapos", "koran", "online", "id", "com", "co", "daily", "post", "pers",
            "magazine", "group", "channel", "biro", "setpres", "bpmi", "pool");
    private static final Set<String> ROLE_OF_LABEL = Set.of("jurnalis", "wartawan", "reporter", "penulis", "editor");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\.?|\\p{Lu}\\.");
    private static final int BEFORE_BODY_LINES = 8;

    private Credits() {}

    /** The credited people of the text, each once, in the order the page gives them. */
    static List<Person> read(String source, Lexicon lexicon) {
        Map<String, Person> out = new LinkedHashMap<>();
        String[] lines = source.split("\n");
        int body = firstBodyLine(lines);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher labelled = LABELLED.matcher(line);
            while (labelled.find()) {
                add(out, labelled.group(2), role(labelled.group(1)), true);
            }
            if (i <= body && PageLines.hasDateOrTime(line)) {
                Matcher byline = BYLINE.matcher(line);
                if (byline.find()) {
                    String label = byline.group(2).strip().toLowerCase(Locale.ROOT);
                    add(out, byline.group(1), ROLE_OF_LABEL.contains(label) ? role(label) : "Penulis");
                }
            }
            if (i < body && i < BEFORE_BODY_LINES && isLoneName(line, lexicon) && nextToStampOrLabel(lines, i)) {
                add(out, line, labelBelow(lines, i));
            }
            photo(out, line);
        }
        return List.copyOf(out.values());
    }

    private static void photo(Map<String, Person> out, String line) {
        Matcher m = PHOTO_IN_BRACKETS.matcher(line);
        if (!m.find()) {
            m = PHOTO_AFTER_STOP.matcher(line);
            if (!m.find()) {
                return;
            }
        }
        boolean firstOutlet = outlet(m.group(1));
        boolean secondOutlet = outlet(m.group(2));
        if (firstOutlet != secondOutlet) {
            add(out, firstOutlet ? m.group(2) : m.group(1), "Fotografer");
        }
    }

    private static boolean outlet(String words) {
        for (String w : words.toLowerCase(Locale.ROOT).split("[\\s.]+")) {
            if (OUTLET_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The first line of the article's body: the first with a dozen words or more. */
    private static int firstBodyLine(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().split("\\s+").length >= 12) {
                return i;
            }
        }
        return lines.length;
    }

    /** A line that is only a name the dictionary does not know as words: "Rizky Alika", "Sabrina Asril". */
    private static boolean isLoneName(String line, Lexicon lexicon) {
        String[] words = line.split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches() || lexicon.knows(w.toLowerCase(Locale.ROOT))
                    || PersonNames.isTitle(w) || PersonNames.isThingHead(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean nextToStampOrLabel(String[] lines, int i) {
        String next = nextLine(lines, i, 1);
        String previous = nextLine(lines, i, -1);
        return next != null && (PageLines.isStamp(next) || LABEL_LINE.matcher(next).matches())
                || previous != null && PageLines.isStamp(previous);
    }

    private static String labelBelow(String[] lines, int i) {
        String next = nextLine(lines, i, 1);
        if (next != null) {
            Matcher label = LABEL_LINE.matcher(next);
            if (label.matches()) {
                return role(label.group(1));
            }
        }
        return "Penulis";
    }

    private static String nextLine(String[] lines, int i, int step) {
        for (int k = i + step; k >= 0 && k < lines.length; k += step) {
            if (!lines[k].isBlank()) {
                return lines[k].strip();
            }
        }
        return null;
    }

    private static String role(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.endsWith("foto")) {
            l = "penulis"; // "Penulis dan Foto", "Teks & Foto"
        }
        String role = switch (l) {
            case "rep", "laporan" -> "reporter";
            case "red" -> "redaktur";
            case "oleh" -> "penulis";
            default -> l;
        };
        return Character.toUpperCase(role.charAt(0)) + role.substring(1);
    }

    private static void add(Map<String, Person> out, String written, String role) {
        add(out, written, role, false);
    }

    /**
     * {@code labelled}: the page says what the person did ("Editor: Awan", "Oleh : Hariyanto"), so one name word is
     * enough; elsewhere a credit needs two.
     */
    private static void add(Map<String, Person> out, String written, String role, boolean labelled) {
        String name = written.strip().replaceAll("[\\s.,;:-]+$", "");
        String[] words = name.split("\\s+");
        boolean oneName = labelled && words.length == 1 && words[0].matches("\\p{Lu}\\p{Ll}{2,}");
        if (words.length < 2 && !oneName || words.length > 5 || outlet(name)
                || ROLE_OF_LABEL.contains(name.toLowerCase(Locale.ROOT))) {
            return;
        }
        boolean allCaps = name.equals(name.toUpperCase(Locale.ROOT));
        for (String w : words) {
            // "IDN Times/BPBD Sumsel": a body's short form credits an office, not a person.
            if (!w.matches("[\\p{L}'’.-]+") || !allCaps && w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT))
                    || PersonNames.isThingHead(w) || PersonNames.isBodyShortForm(w)) {
                return;
            }
        }
        if (allCaps) {
            name = titleCase(name);
        }
        out.putIfAbsent(name.toLowerCase(Locale.ROOT), new Person(name, role, List.of(name)));
    }

    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        for (String w : upper.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return out.toString();
    }

    static List<Person> without(List<Person> credits, List<Person> people) {
        List<Person> out = new ArrayList<>();
        for (Person c : credits) {
            if (people.stream().noneMatch(p -> p.name().equalsIgnoreCase(c.name()))) {
                out.add(c);
            }
        }
        return out;
    }
}
