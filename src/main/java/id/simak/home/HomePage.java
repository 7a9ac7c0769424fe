package id.simak.home;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import id.simak.account.Account;
import id.simak.account.Viewer;
import id.simak.article.Article;
import id.simak.quiz.QuizService;
import id.simak.quiz.SetService;
import id.simak.quiz.SetService.SetSummary;
import id.simak.quiz.QuizViews.RecentResult;
import id.simak.web.Flash;
import id.simak.web.LanguageFilter;
import id.simak.web.LearnerToday;
import id.simak.web.TeacherToday;

/**
 * The home page (Beranda): for a guest, what Simak is; for a signed-in user, what to do today: the cards due now
 * with the minutes they take, the assignments by due date with their state, the last results and the streak.
 * The parts come through {@link LearnerToday}, told by the features that know them.
 */
@Path("/")
public class HomePage {

    /** How many of the last results the home page lists. */
    static final int RESULTS = 3;

    /** How many of the teacher's drafts to check the home page lists. */
    static final int DRAFTS = 5;

    @Inject
    Viewer viewer;

    @Inject
    LearnerToday.Cards cards;

    @Inject
    LearnerToday.Assignments assignments;

    @Inject
    LearnerToday.Streak streak;

    @Inject
    TeacherToday.Classes teacherClasses;

    @Inject
    QuizService quizzes;

    @Inject
    SetService sets;

    /** The article the user last opened in the reader. */
    public record LastRead(long id, String title) {}

    /** What a signed-in user has to do today. */
    public record Today(LearnerToday.DueCards cards, List<LearnerToday.Assignment> assignments,
            List<RecentResult> results, LearnerToday.Days days, LastRead lastRead, Teaching teaching) {

        public long openAssignments() {
            return assignments.stream().filter(a -> !a.isDone()).count();
        }
    }

    /**
     * A teacher's part of the day: her draft sets with questions never checked, her classes' assignments due
     * this week and the classes with late learners; null for a learner.
     */
    public record Teaching(List<DraftToCheck> drafts, List<TeacherToday.DueAssignment> dueThisWeek,
            List<TeacherToday.LateClass> lateClasses) {
    }

    /** A draft set of the teacher with {@code unchecked} of its {@code total} questions never checked. */
    public record DraftToCheck(long id, String title, int unchecked, int total) {

        static DraftToCheck of(SetSummary s) {
            return new DraftToCheck(s.id(), s.title(), s.questions() - s.reviewed(), s.questions());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(long articleCount, String flash, Today today);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance home(@QueryParam("pesan") String flash,
            @CookieParam(LanguageFilter.COOKIE) String language) {
        Account me = viewer.account();
        Today today = null;
        if (me != null) {
            Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("id");
            Article last = me.lastArticleId == null ? null : Article.findById(me.lastArticleId);
            Teaching teaching = !me.isTeacher() ? null : new Teaching(sets.ownedBy(me).stream()
                    .filter(s -> "DRAFT".equals(s.status()) && s.reviewed() < s.questions()).limit(DRAFTS)
                    .map(DraftToCheck::of).toList(),
                    teacherClasses.dueThisWeek(me.id, locale), teacherClasses.withLateLearners(me.id));
            today = new Today(cards.dueNow(me.id), assignments.of(me.id, locale), quizzes.recentResults(me, RESULTS),
                    streak.of(me.id), last == null ? null : new LastRead(last.id, last.title), teaching);
        }
        return Templates.home(Article.count(), Flash.message(flash), today);
    }
}
