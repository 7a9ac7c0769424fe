package id.simak.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Grades a learner's response to any question type.
 *
 * <p>Choice types compare the chosen texts with the answer, ignoring case and spacing; MULTIPLE_RESPONSE needs
 * exactly the set of correct choices, MATCHING and ORDERING the answer list in its order. CLOZE is tolerant, as
 * a teacher marking a typed answer would be: it ignores case, spacing, punctuation and diacritics (via
 * {@link java.text.Normalizer}); it accepts hyphen or space or "2" in reduplication ("hari-hari", "hari hari",
 * "hari2"); old spellings (oe/u, dj/j, tj/c, sj/sy, nj/ny, ch/kh); any other name of the same country
 * ("Tiongkok" for "China"); and one slip (an extra, missing, wrong or swapped letter) when the accepted answer
 * has at least six letters and is not a number, because a slip in a short word often makes another word
 * ("lima"/"lama") while in a long one it is only a typo; a quantity in figures or in words alike ("seribu",
 * "1.000", "1000"); and a name of three words or more with or without its "dan" ("Anggaran Pendapatan dan Belanja
 * Daerah" where the text wrote "Anggaran Pendapatan Belanja Daerah").
 */
public final class AnswerGrader {

    private static final int TYPO_MIN_LENGTH = 6;

    public boolean isCorrect(Question q, List<String> response) {
        if (q == null || response == null || response.isEmpty()) {
            return false;
        }
        return switch (q.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE -> response.size() == 1 && AnswerText.sameAnswer(response.get(0), q.answer().get(0));
            case MULTIPLE_RESPONSE -> keys(response).equals(keys(q.answer())) && response.size() == q.answer().size();
            case MATCHING, ORDERING -> inOrder(response, q.answer());
            case CLOZE -> response.size() == 1 && clozeMatches(response.get(0), q.answer());
        };
    }

    private static String withoutJoins(String text) {
        return AnswerText.key(AnswerText.normalize(text).replaceAll("(?<![\\p{L}])(?:dan|serta)(?![\\p{L}])|&", " "));
    }

    private static boolean inOrder(List<String> response, List<String> answer) {
        if (response.size() != answer.size()) {
            return false;
        }
        for (int i = 0; i < answer.size(); i++) {
            if (!AnswerText.sameAnswer(response.get(i), answer.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> keys(List<String> texts) {
        Set<String> out = new HashSet<>();
        for (String t : texts) {
            out.add(AnswerText.key(t));
        }
        return out;
    }

    static boolean clozeMatches(String typed, List<String> accepted) {
        String given = AnswerText.key(typed);
        if (given.isEmpty()) {
            return false;
        }
        List<String> forms = new ArrayList<>(accepted);
        for (String a : accepted) {
            String code = ArticleContext.countryCode(a);
            String typedCode = ArticleContext.countryCode(AnswerText.capitalize(typed.strip()));
            if (code != null && code.equals(typedCode)) {
                return true;
            }
        }
        // A quantity may be typed in figures or in words: "seribu", "1.000" and "1000" are one answer.
        OptionalDouble typedValue = IndonesianNumbers.parse(typed);
        if (typedValue.isPresent()) {
            for (String a : accepted) {
                OptionalDouble value = IndonesianNumbers.parse(a);
                if (value.isPresent() && Math.abs(value.getAsDouble() - typedValue.getAsDouble()) < 1e-9) {
                    return true;
                }
            }
        }
        for (String a : forms) {
            String key = AnswerText.key(a);
            if (key.equals(given)) {
                return true;
            }
            // A name of three words or more is the same with or without its joining word: the text's "Anggaran
            // Pendapatan Belanja Daerah" and the official "Anggaran Pendapatan dan Belanja Daerah".
            if (a.strip().split("\\s+").length >= 3 && withoutJoins(a).equals(withoutJoins(typed))) {
                return true;
            }
            boolean numeric = key.chars().allMatch(Character::isDigit) || given.chars().anyMatch(Character::isDigit);
            if (!numeric && key.length() >= TYPO_MIN_LENGTH && AnswerText.withinOneEdit(key, given)) {
                return true;
            }
        }
        return false;
    }
}
