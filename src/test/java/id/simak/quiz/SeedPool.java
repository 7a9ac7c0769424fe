package id.simak.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

import id.simak.Fixtures;
import id.simak.article.Article;
import id.simak.generate.Question;

/**
 * The seed's draft questions followed by its bank's, kept in a published set of their own: the draft is a short plan,
 * and tests of a learner with forty cards need questions beyond it.
 */
public final class SeedPool {

    private static List<Long> ids;

    private SeedPool() {
    }

    /** The ids of the pool's questions, draft first; made once per test run. */
    public static synchronized List<Long> questionIds() {
        if (ids == null) {
            long seed = Fixtures.seedArticleId();
            ids = QuarkusTransaction.requiringNew().call(() -> {
                Article article = Article.findById(seed);
                QuestionSet draft = QuestionSet.generatedDraftOf(article);
                QuestionSet set = new QuestionSet();
                set.article = article;
                set.title = "Soal benih: rancangan dan bank";
                set.status = QuestionSet.Status.PUBLISHED;
                set.origin = QuestionSet.Origin.AUTHORED;
                set.createdAt = Instant.now();
                set.updatedAt = set.createdAt;
                set.persist();
                List<Question> all = new ArrayList<>();
                draft.questions.forEach(q -> all.add(q.toQuestion()));
                all.addAll(Arc.container().instance(QuestionDrafts.class).get().bank(article, draft));
                for (Question q : all) {
                    set.questions.add(QuizQuestion.of(set, set.questions.size(), q));
                }
                QuizQuestion.flush();
                return set.questions.stream().map(q -> q.id).toList();
            });
        }
        return ids;
    }
}
