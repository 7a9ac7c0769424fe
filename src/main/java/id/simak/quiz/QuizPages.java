package id.simak.quiz;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import id.simak.account.Viewer;
import id.simak.article.Article;
import id.simak.article.ArticleReading;
import id.simak.article.ReaderText;
import id.simak.quiz.QuizViews.AttemptQuestion;
import id.simak.quiz.QuizViews.AttemptView;
import id.simak.quiz.QuizViews.QuizDetail;
import id.simak.quiz.QuizViews.QuizSummary;
import id.simak.quiz.QuizViews.Score;
import id.simak.web.ApiException;

/**
 * The learner's quizzes: the list of published sets, a set's page, one question at a time with feedback after
 * each answer, and the results with "Ulangi yang salah". Every form posts and redirects (303) to a page.
 */
@Path("/kuis")
@Produces(MediaType.TEXT_HTML)
public class QuizPages {

    @Inject
    QuizService quizzes;

    @Inject
    Viewer viewer;

    @Inject
    ArticleReading reading;

    @Inject
    DraftWorker worker;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<QuizSummary> quizzes, List<QuizSummary> drafts, boolean preparing);

        static native TemplateInstance intro(QuizDetail quiz, List<Score> scores);

        static native TemplateInstance question(AttemptView attempt, AttemptQuestion current, String error,
                List<String> given, long shownAt, List<ReaderText.Block> text);

        static native TemplateInstance result(AttemptView attempt);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance list() {
        return Templates.list(quizzes.published(viewer.account()), quizzes.draftsToTry(viewer.account()),
                worker.filesPending());
    }

    /** The set's page; while an attempt is unfinished, its first unanswered question (so a reload resumes). */
    @GET
    @Path("{setId: \\d+}")
    @Operation(hidden = true)
    public TemplateInstance set(@PathParam("setId") long setId) {
        AttemptView open = quizzes.unfinished(viewer.account(), setId);
        if (open != null && open.next() != null) {
            return Templates.question(open, open.next(), null, List.of(), System.currentTimeMillis(),
                    text(open, null));
        }
        return Templates.intro(quizzes.detail(viewer.account(), setId), quizzes.scores(viewer.account(), setId));
    }

    @POST
    @Path("{setId: \\d+}/mulai")
    @Operation(hidden = true)
    public Response start(@PathParam("setId") long setId) {
        quizzes.start(viewer.account(), setId);
        return Response.seeOther(URI.create("/kuis/" + setId)).build();
    }

    @POST
    @Path("percobaan/{id}/jawab")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response answer(@PathParam("id") long id, @RestForm long questionId, @RestForm List<String> response,
            @RestForm String timeMs, @RestForm String shownAt) {
        List<String> given = response == null ? List.of() : response;
        try {
            quizzes.answer(viewer.account(), id, questionId, given, timeTaken(timeMs, shownAt));
        } catch (ApiException e) {
            if (e.status() == 409) {
                // Answered already (a second tab, a double submit): show the stored answer.
                return feedbackRedirect(id, questionId);
            }
            if (e.status() != 400) {
                throw e;
            }
            AttemptView attempt = quizzes.attempt(viewer.account(), id);
            AttemptQuestion current = attempt.question(questionId);
            if (current == null || current.answered()) {
                throw e;
            }
            return Response.status(400)
                    .entity(Templates.question(attempt, current, e.getMessage(), given, System.currentTimeMillis(),
                            text(attempt, null)))
                    .build();
        }
        return feedbackRedirect(id, questionId);
    }

    /** An answered question with its feedback; an unanswered one sends the learner back to it. */
    @GET
    @Path("percobaan/{id}/soal/{questionId}")
    @Operation(hidden = true)
    public Response feedback(@PathParam("id") long id, @PathParam("questionId") long questionId) {
        AttemptView attempt = quizzes.attempt(viewer.account(), id);
        AttemptQuestion q = attempt.question(questionId);
        if (q == null) {
            throw ApiException.notFound("Soal " + questionId + " tidak ada dalam percobaan ini.");
        }
        if (!q.answered()) {
            return Response.seeOther(URI.create("/kuis/" + attempt.setId())).build();
        }
        Integer evidence = q.feedback().evidence() == null ? null : q.feedback().evidence().sentence();
        return Response.ok(Templates.question(attempt, q, null, List.of(), 0L, text(attempt, evidence))).build();
    }

    @GET
    @Path("percobaan/{id}/hasil")
    @Operation(hidden = true)
    public TemplateInstance result(@PathParam("id") long id) {
        return Templates.result(quizzes.attempt(viewer.account(), id));
    }

    @POST
    @Path("percobaan/{id}/ulangi")
    @Operation(hidden = true)
    public Response retryWrong(@PathParam("id") long id) {
        QuizService.Started s = quizzes.retryWrong(viewer.account(), id);
        return Response.seeOther(URI.create("/kuis/" + s.attempt().setId())).build();
    }

    /**
     * The article of the attempt's set, laid out as the reader lays it out (without word buttons), so the learner
     * can read it beside the questions; {@code evidence} is the sentence to highlight after an answer. Empty when
     * the set has no article.
     */
    private List<ReaderText.Block> text(AttemptView attempt, Integer evidence) {
        Article article = attempt.articleId() == null ? null : Article.findById(attempt.articleId());
        if (article == null) {
            return List.of();
        }
        return ReaderText.layout(article.body, reading.analysis(article), Set.of(), evidence);
    }

    private static Response feedbackRedirect(long attemptId, long questionId) {
        return Response.seeOther(URI.create("/kuis/percobaan/" + attemptId + "/soal/" + questionId)).build();
    }

    /** The time the script measured, or else the time since the page was served. */
    static Long timeTaken(String timeMs, String shownAt) {
        Long measured = number(timeMs);
        if (measured != null && measured >= 0) {
            return Math.min(measured, QuizService.MAX_TIME_MS);
        }
        Long shown = number(shownAt);
        long now = System.currentTimeMillis();
        return shown != null && shown > 0 && shown <= now ? Math.min(now - shown, QuizService.MAX_TIME_MS) : null;
    }

    private static Long number(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
