package id.simak.web;

/**
 * Which characters Simak refuses in what people type: control characters (NUL breaks PostgreSQL), the bidi
 * overrides and isolates that make a name read backwards (U+202E), lone surrogates and noncharacters, and names
 * made only of invisible characters (a zero-width space). Plain Java, used by the JSON reader for every string
 * of the API and by the services for what pages and imported files send.
 */
public final class TextRules {

    private TextRules() {
    }

    /**
     * What is wrong with a text a person typed, as an Indonesian sentence, or null when it is fine. Tabs and line
     * breaks are allowed (a prompt or an article has several lines).
     */
    public static String problem(String text) {
        if (text == null) {
            return null;
        }
        boolean visible = false;
        boolean invisible = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = text.codePointAt(i);
                i++;
                if ((cp & 0xFFFE) == 0xFFFE) {
                    return "Teks berisi karakter yang tidak sah (U+" + hex(cp) + ").";
                }
                visible |= !isInvisible(cp);
                continue;
            }
            if (Character.isSurrogate(c)) {
                return "Teks berisi karakter Unicode yang rusak (surrogate tanpa pasangan).";
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return c == 0 ? "Teks berisi karakter NUL (U+0000); hapus karakter itu."
                        : "Teks berisi karakter kendali (U+" + hex(c) + "); hapus karakter itu.";
            }
            if (isBidiControl(c)) {
                return "Teks berisi karakter pembalik arah tulisan (U+" + hex(c) + "); hapus karakter itu.";
            }
            if (c == 0xFFFE || c == 0xFFFF || (c >= 0xFDD0 && c <= 0xFDEF)) {
                return "Teks berisi karakter yang tidak sah (U+" + hex(c) + ").";
            }
            if (isInvisible(c)) {
                invisible |= !Character.isWhitespace(c) && !Character.isSpaceChar(c);
            } else {
                visible = true;
            }
        }
        if (invisible && !visible) {
            return "Teks hanya berisi karakter yang tidak terlihat; tulis huruf atau angka.";
        }
        return null;
    }

    /** True when the text has at least one character a reader can see. */
    public static boolean hasVisible(String text) {
        return text != null && text.codePoints().anyMatch(cp -> !isInvisible(cp));
    }

    /** Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder what follows them. */
    static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** Spaces, format characters (zero-width space, joiners, marks) and the blank fillers that show nothing. */
    static boolean isInvisible(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT
                || Character.getType(cp) == Character.CONTROL || cp == 0x115F || cp == 0x1160 || cp == 0x3164
                || cp == 0xFFA0 || cp == 0x2800 || cp == 0x034F || (cp >= 0x180B && cp <= 0x180F)
                || (cp >= 0xFE00 && cp <= 0xFE0F);
    }

    private static String hex(int cp) {
        return String.format("%04X", cp);
    }
}
