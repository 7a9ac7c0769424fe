package id.simak.generate;

import java.text.Normalizer;

/** Compares answers the way a teacher reads them: ignoring case, spacing, punctuation, diacritics and old spellings. */
final class AnswerText {

    // Spellings before the 1972 reform (EYD) that readers still meet in names and older texts.
    private static final String[][] OLD_SPELLINGS = {{"oe", "u"}, {"dj", "j"}, {"tj", "c"}, {"sj", "sy"}, {"nj", "ny"}, {"ch", "kh"}};

    private AnswerText() {
    }

    /** Lower case, without diacritics, punctuation as single spaces, "kata2" written out as "kata kata". */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = text;
        for (int i = 0; i < s.length(); i++) {
            // Only accented letters need decomposing; curly quotes and dashes are gaps anyway.
            if (s.charAt(i) > 127 && (Character.isLetter(s.charAt(i)) || Character.getType(s.charAt(i)) == Character.NON_SPACING_MARK)) {
                s = withoutMarks(Normalizer.normalize(s, Normalizer.Form.NFD));
                break;
            }
        }
        // One pass instead of regexes: this runs for every prompt and every candidate choice.
        StringBuilder out = new StringBuilder(s.length());
        int wordStart = 0;
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean endsWord = i + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 1));
            if (c == '2' && endsWord && i > 0 && Character.isLetter(s.charAt(i - 1))) {
                // "kata2" is the old short hand for the reduplication "kata-kata".
                String word = out.substring(wordStart);
                out.append(' ').append(word);
            } else if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                if (gap || out.length() == 0) {
                    wordStart = out.length();
                }
                gap = false;
                out.append(Character.toLowerCase(c));
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** The text without combining marks (the accents NFD splits off their letters). */
    private static String withoutMarks(String decomposed) {
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The normalized form with old spellings modernised and spaces dropped: two answers with the same key are one answer. */
    static String key(String text) {
        String s = normalize(text);
        for (String[] pair : OLD_SPELLINGS) {
            s = s.replace(pair[0], pair[1]);
        }
        return s.replace(" ", "");
    }

    /** Whether two texts are the same answer written differently (case, spacing, hyphen, diacritics, old spelling). */
    static boolean sameAnswer(String a, String b) {
        return key(a).equals(key(b));
    }

    /** Whether {@code b} is a spelling variant of {@code a}: the same answer, or one slip away in a long word without digits. */
    static boolean isVariant(String a, String b) {
        return keysVary(key(a), key(b));
    }

    /** {@link #isVariant} on texts already turned into keys. */
    static boolean keysVary(String ka, String kb) {
        if (ka.equals(kb)) {
            return true;
        }
        // A slip in a number or a date makes another fact ("2021" for "2022"), never a typo of the same one.
        boolean digits = ka.chars().anyMatch(Character::isDigit) || kb.chars().anyMatch(Character::isDigit);
        return !digits && Math.min(ka.length(), kb.length()) >= 6 && withinOneEdit(ka, kb);
    }

    /** Optimal string alignment distance at most one: one insertion, deletion, substitution or swap of neighbours. */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    /** The text with its first letter in upper case, for choices that open a sentence. */
    static String capitalize(String text) {
        return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

}
