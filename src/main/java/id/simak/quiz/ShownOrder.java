package id.simak.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import id.simak.generate.QuestionType;

/**
 * The order in which a question's choices are shown to a learner. A hand-made set may list the answer first and
 * an ordering question may store its choices already in order, so every choice list except Benar/Salah is
 * shuffled, with a seed from the question, so the same question always looks the same; an ordering or matching
 * question is never shown already solved.
 */
final class ShownOrder {

    private ShownOrder() {
    }

    static List<String> choices(long seed, QuestionType type, List<String> choices, List<String> answer) {
        if (choices == null || choices.size() < 2 || type == QuestionType.TRUE_FALSE || type == QuestionType.CLOZE) {
            return choices == null ? List.of() : choices;
        }
        List<String> shown = new ArrayList<>(choices);
        Collections.shuffle(shown, new Random(seed * 0x9E3779B97F4A7C15L + choices.size()));
        if ((type == QuestionType.ORDERING || type == QuestionType.MATCHING) && shown.equals(answer)) {
            Collections.rotate(shown, 1);
        }
        return List.copyOf(shown);
    }
}
