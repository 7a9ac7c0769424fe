package id.simak.quiz;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;
import id.simak.account.Account;

/** What the quiz tests share: requests as an account, and the stored answers (which the API never shows first). */
final class QuizTesting {

    private QuizTesting() {
    }

    /** A stored question as the test sees it, answer included. */
    record Stored(long id, String type, String prompt, List<String> items, List<String> choices, List<String> answer,
            String explanation, String evidence) {

        static Stored of(QuizQuestion q) {
            return new Stored(q.id, q.type, q.prompt, q.items, q.choices, q.answer, q.explanation, q.evidenceText);
        }
    }

    /**
     * A small published set with one question of every type (and a second multiple choice), copied from the seed
     * article's draft: long runs through a quiz stay quick.
     */
    static long smallSet(String title) {
        long seedSet = Fixtures.publishSeedQuiz();
        return QuarkusTransaction.requiringNew().call(() -> {
            QuestionSet seed = QuestionSet.findById(seedSet);
            QuestionSet set = new QuestionSet();
            set.article = seed.article;
            set.title = title;
            set.status = QuestionSet.Status.PUBLISHED;
            set.origin = QuestionSet.Origin.AUTHORED;
            set.createdAt = java.time.Instant.now();
            set.updatedAt = set.createdAt;
            set.persist();
            List<String> types = List.of("MULTIPLE_CHOICE", "MULTIPLE_RESPONSE", "TRUE_FALSE", "CLOZE", "MATCHING",
                    "ORDERING", "MULTIPLE_CHOICE");
            // The seed's draft is a short plan; its bank holds the other checked questions, every type among them.
            List<id.simak.generate.Question> pool = new ArrayList<>();
            seed.questions.forEach(q -> pool.add(q.toQuestion()));
            pool.addAll(io.quarkus.arc.Arc.container().instance(QuestionDrafts.class).get().bank(seed.article, seed));
            List<id.simak.generate.Question> used = new ArrayList<>();
            for (String type : types) {
                id.simak.generate.Question from = pool.stream().filter(q -> q.type().name().equals(type) && !used.contains(q))
                        .findFirst().orElseThrow();
                used.add(from);
                set.questions.add(QuizQuestion.of(set, used.size() - 1, from));
            }
            return set.id;
        });
    }

    static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, Fixtures.PASSWORD);
    }

    static long accountId(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).id);
    }

    static Stored stored(long questionId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            QuizQuestion q = QuizQuestion.findById(questionId);
            return Stored.of(q);
        });
    }

    static List<Stored> storedOfSet(long setId) {
        return QuarkusTransaction.requiringNew().call(() -> QuizQuestion.<QuizQuestion>list("set.id = ?1 order by position", setId)
                .stream().map(q -> Stored.of(q)).toList());
    }

    /** A response a learner who read the article well would give. */
    static List<String> right(Stored q) {
        return switch (q.type()) {
            case "MULTIPLE_CHOICE", "TRUE_FALSE", "CLOZE" -> List.of(q.answer().get(0));
            default -> q.answer();
        };
    }

    /** A response of the right shape that is wrong. */
    static List<String> wrong(Stored q) {
        switch (q.type()) {
            case "MULTIPLE_CHOICE", "TRUE_FALSE":
                return List.of(q.choices().stream().filter(c -> !q.answer().contains(c)).findFirst().orElseThrow());
            case "MULTIPLE_RESPONSE":
                return q.choices().stream().filter(c -> !q.answer().contains(c)).limit(1).toList();
            case "CLOZE":
                return List.of("sama sekali keliru");
            default:
                List<String> reversed = new ArrayList<>(q.answer());
                Collections.reverse(reversed);
                return reversed;
        }
    }

    static Map<String, Object> answer(long questionId, List<String> response, long timeMs) {
        return Map.of("questionId", questionId, "response", response, "timeMs", timeMs);
    }

    static long answerCount(long attemptId) {
        return QuarkusTransaction.requiringNew().call(() -> AttemptAnswer.count("attempt.id", attemptId));
    }
}
