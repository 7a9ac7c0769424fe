package id.simak.generate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Chooses wrong choices of the same kind as the answer, never a spelling variant of it, and orders choices reproducibly. */
final class DistractorPicker {

    /**
     * Up to {@code count} candidates, in the order given (callers list the most plausible first), skipping any
     * that is a variant of an answer, of an avoided text, or of a distractor already taken.
     */
    List<String> pick(Collection<String> answers, List<String> candidates, int count, Collection<String> avoid) {
        List<String> refused = new ArrayList<>();
        for (String a : answers) {
            refused.add(AnswerText.key(a));
        }
        for (String a : avoid) {
            refused.add(AnswerText.key(a));
        }
        List<String> taken = new ArrayList<>();
        for (String candidate : candidates) {
            if (taken.size() == count) {
                break;
            }
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            String key = AnswerText.key(candidate);
            if (!clashes(key, refused) && answers.stream().noneMatch(a -> overlaps(a, candidate))) {
                taken.add(candidate);
                refused.add(key);
            }
        }
        return taken;
    }

    List<String> pick(String answer, List<String> candidates, int count) {
        return pick(List.of(answer), candidates, count, List.of());
    }

    private static boolean clashes(String key, List<String> refusedKeys) {
        for (String other : refusedKeys) {
            if (AnswerText.keysVary(key, other)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one text holds the other as whole words ("perdagangan" in "bidang perdagangan"): half right is no distractor. */
    static boolean overlaps(String a, String b) {
        String na = " " + AnswerText.normalize(a) + " ";
        String nb = " " + AnswerText.normalize(b) + " ";
        return na.length() > 2 && nb.length() > 2 && (na.contains(nb) || nb.contains(na));
    }

    /** The choices in an order fixed by {@code key}, so the same question always shows them the same way. */
    List<String> shuffle(List<String> choices, String key) {
        List<String> out = new ArrayList<>(choices);
        Collections.shuffle(out, new Random(StableHash.of(key)));
        return out;
    }

    /** Answer and distractors mixed in a reproducible order. */
    List<String> choices(List<String> answers, List<String> distractors, String key) {
        List<String> all = new ArrayList<>(answers);
        all.addAll(distractors);
        return shuffle(all, key);
    }
}
