package id.simak.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * What the generator offers a teacher for one article: the {@code draft}, a short plan of questions in the order
 * she would give them, and the {@code bank}, every other question that passed the checks, best first.
 */
public record Generation(List<Question> draft, List<Question> bank) {

    public Generation {
        draft = List.copyOf(draft);
        bank = List.copyOf(bank);
    }

    /** The draft followed by the bank: every checked question once. */
    public List<Question> all() {
        List<Question> out = new ArrayList<>(draft);
        out.addAll(bank);
        return out;
    }

    /** Nothing to ask (an empty or unreadable text). */
    public boolean isEmpty() {
        return draft.isEmpty() && bank.isEmpty();
    }
}
