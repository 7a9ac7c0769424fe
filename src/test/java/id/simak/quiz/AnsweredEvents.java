package id.simak.quiz;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Hears every {@link QuestionAnswered} event during the tests, as the flashcard queue does in the app. */
@ApplicationScoped
public class AnsweredEvents {

    private final List<QuestionAnswered> heard = new CopyOnWriteArrayList<>();

    void on(@Observes QuestionAnswered event) {
        heard.add(event);
    }

    public List<QuestionAnswered> of(long accountId) {
        return heard.stream().filter(e -> e.accountId() == accountId).toList();
    }
}
