package id.simak.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

import id.simak.Fixtures;
import id.simak.account.Account;
import id.simak.article.Article;
import id.simak.quiz.QuestionAnswered;
import id.simak.quiz.QuestionSet;
import id.simak.quiz.QuizQuestion;

/** Cards for the review tests, made the way the app makes them: a learner answers questions of the seed. */
final class ReviewFixtures {

    private ReviewFixtures() {
    }

    static long accountId(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).id);
    }

    /** The questions of the seed article's draft, in order. */
    static List<Long> seedQuestions() {
        long seed = Fixtures.seedArticleId();
        return QuarkusTransaction.requiringNew().call(() -> QuestionSet.generatedDraftOf(Article.findById(seed))
                .questions.stream().map(q -> q.id).toList());
    }

    /** The learner answers the first {@code n} seed questions (as the quiz does); the ids of their cards. */
    static List<Long> meet(String username, int n) {
        List<Long> draft = seedQuestions();
        return meet(username, n <= draft.size() ? draft.subList(0, n) : id.simak.quiz.SeedPool.questionIds().subList(0, n));
    }

    static List<Long> meet(String username, List<Long> questionIds) {
        long account = accountId(username);
        List<Long> cards = new ArrayList<>();
        for (Long q : questionIds) {
            QuarkusTransaction.requiringNew().run(() -> Arc.container().beanManager().getEvent()
                    .select(QuestionAnswered.class).fire(new QuestionAnswered(account, q, false, Instant.now())));
            cards.add(QuarkusTransaction.requiringNew().call(() -> Card.forQuestion(account, q).id));
        }
        return cards;
    }

    static Card card(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Card c = Card.findById(id);
            if (c != null && c.question != null) {
                c.question.type.length(); // load it while the session is open
            }
            return c;
        });
    }

    static void change(long cardId, Consumer<Card> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(Card.findById(cardId)));
    }

    static long reviewCount(String username) {
        long account = accountId(username);
        return QuarkusTransaction.requiringNew().call(() -> CardReview.count("ownerId", account));
    }

    static long cardCount(String username) {
        long account = accountId(username);
        return QuarkusTransaction.requiringNew().call(() -> Card.count("ownerId", account));
    }

    static String articleTitle(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(id).title);
    }

    static QuizQuestion question(long id) {
        return QuarkusTransaction.requiringNew().call(() -> QuizQuestion.findById(id));
    }

    /** The first seed question of one of these types. */
    static long seedQuestionOfType(String... types) {
        // The draft is a short plan; the other types wait in the seed's bank.
        for (Long id : id.simak.quiz.SeedPool.questionIds()) {
            String type = question(id).type;
            for (String t : types) {
                if (t.equals(type)) {
                    return id;
                }
            }
        }
        throw new IllegalStateException("the seed has no question of type " + String.join("/", types));
    }
}
