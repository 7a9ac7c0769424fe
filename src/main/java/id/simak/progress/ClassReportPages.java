package id.simak.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import id.simak.account.Account;
import id.simak.account.Viewer;
import id.simak.progress.ClassReportService.ClassReport;
import id.simak.progress.ClassReportService.LearnerRow;
import id.simak.progress.ClassReportService.QuestionStats;
import id.simak.progress.ClassReportService.SetReport;
import id.simak.progress.ClassReportService.SetResult;
import id.simak.web.LanguageFilter;
import id.simak.web.Paging;

/** The teacher's report pages of a class: learners against assigned sets, and one set's item statistics. */
@Path("/guru/kelas/{id}/laporan")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("TEACHER")
public class ClassReportPages {

    /** An assigned set as a column of the learners table. */
    public record SetColumn(long setId, String title, String dueText, int questionCount) {}

    /** A learner's result on one set, formatted. */
    public record Cell(long setId, String status, String statusKey, String best, String last, int attempts) {}

    /** A learner's row, formatted. */
    public record LearnerLine(String username, String displayName, List<Cell> cells, long reviewsLast7Days,
            long reviewsTotal, String retention) {}

    /** The class report page's model. */
    public record ReportPage(long classId, String className, List<SetColumn> sets, List<LearnerLine> learners,
            Paging.Slice<LearnerRow> slice) {

        /** The report's address, ready for a {@code halaman=} parameter. */
        public String pagingBase() {
            return "/guru/kelas/" + classId + "/laporan?";
        }
    }

    /** A question's row, formatted. */
    public record QuestionLine(int position, String prompt, String typeKey, int answers, String shareCorrect,
            String wrong, Integer wrongCount, String discrimination, String medianSeconds) {}

    /** The item statistics page's model. */
    public record SetPage(long classId, String className, long setId, String title, String dueText, int learners,
            int learnersAnswered, List<QuestionLine> questions, Paging.Slice<QuestionLine> slice) {

        /** The page's address, ready for a {@code halaman=} parameter. */
        public String pagingBase() {
            return "/guru/kelas/" + classId + "/laporan/set/" + setId + "?";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(ReportPage page);

        static native TemplateInstance setReport(SetPage page);
    }

    @Inject
    ClassReportService reports;

    @Inject
    Viewer viewer;

    @GET
    @Operation(hidden = true)
    public TemplateInstance report(@PathParam("id") long id, @CookieParam(LanguageFilter.COOKIE) String language,
            @QueryParam("halaman") String page, @QueryParam("ukuran") String size) {
        Locale locale = locale(language);
        ClassReportService.ReportPage p = reports.report(me(), id, Paging.lenient(page, size));
        ClassReport r = p.report();
        Paging.Slice<LearnerRow> slice = new Paging.Slice<>(r.learners(), p.page(), p.size(), p.total());
        List<SetColumn> sets = r.sets().stream()
                .map(s -> new SetColumn(s.setId(), s.title(), s.dueText(), s.questionCount())).toList();
        List<LearnerLine> learners = new ArrayList<>();
        for (LearnerRow l : slice.items()) {
            List<Cell> cells = new ArrayList<>();
            for (SetResult x : l.sets()) {
                cells.add(new Cell(x.setId(), x.status().name(), "status_" + x.status().name(),
                        score(x.bestCorrect(), x.bestTotal(), x.bestScore(), locale),
                        score(x.lastCorrect(), x.lastTotal(), x.lastScore(), locale), x.attempts()));
            }
            learners.add(new LearnerLine(l.username(), l.displayName(), cells, l.reviewsLast7Days(), l.reviewsTotal(),
                    percent(l.predictedRetention(), locale)));
        }
        return Templates.report(new ReportPage(r.classId(), r.className(), sets, learners, slice));
    }

    @GET
    @Path("unduh.csv")
    @Produces(ClassReportCsv.MEDIA_TYPE)
    @Operation(hidden = true)
    public Response reportCsv(@PathParam("id") long id) {
        return ClassReportResource.csv(ClassReportCsv.classReport(reports.report(me(), id)),
                "laporan-kelas-" + id + ".csv");
    }

    @GET
    @Path("unduh.xlsx")
    @Produces(ClassReportWorkbook.MEDIA_TYPE)
    @Operation(hidden = true)
    public Response reportXlsx(@PathParam("id") long id) {
        return ClassReportResource.xlsx(ClassReportWorkbook.classReport(reports.report(me(), id)),
                "laporan-kelas-" + id + ".xlsx");
    }

    @GET
    @Path("set/{setId}")
    @Operation(hidden = true)
    public TemplateInstance setReport(@PathParam("id") long id, @PathParam("setId") long setId,
            @CookieParam(LanguageFilter.COOKIE) String language, @QueryParam("halaman") String page,
            @QueryParam("ukuran") String size) {
        Locale locale = locale(language);
        SetReport r = reports.setReport(me(), id, setId, Paging.lenient(page, size));
        List<QuestionLine> lines = new ArrayList<>();
        for (QuestionStats q : r.questions()) {
            lines.add(new QuestionLine(q.position(), q.prompt(), "type_" + q.type(), q.answers(),
                    percent(q.shareCorrect(), locale), q.mostChosenWrong(), q.mostChosenWrongCount(),
                    q.discrimination() == null ? "–" : String.format(locale, "%+.2f", q.discrimination()),
                    q.medianSeconds() == null ? "–" : String.format(locale, "%.1f", q.medianSeconds())));
        }
        return Templates.setReport(new SetPage(r.classId(), r.className(), r.setId(), r.title(), r.dueText(),
                r.learners(), r.learnersAnswered(), lines, new Paging.Slice<>(lines, r.page(), r.size(), r.total())));
    }

    @GET
    @Path("set/{setId}/unduh.csv")
    @Produces(ClassReportCsv.MEDIA_TYPE)
    @Operation(hidden = true)
    public Response setReportCsv(@PathParam("id") long id, @PathParam("setId") long setId) {
        return ClassReportResource.csv(ClassReportCsv.setReport(reports.setReport(me(), id, setId)),
                "laporan-kelas-" + id + "-set-" + setId + ".csv");
    }

    @GET
    @Path("set/{setId}/unduh.xlsx")
    @Produces(ClassReportWorkbook.MEDIA_TYPE)
    @Operation(hidden = true)
    public Response setReportXlsx(@PathParam("id") long id, @PathParam("setId") long setId) {
        return ClassReportResource.xlsx(ClassReportWorkbook.setReport(reports.setReport(me(), id, setId)),
                "laporan-kelas-" + id + "-set-" + setId + ".xlsx");
    }

    private static String score(Integer correct, Integer total, Double share, Locale locale) {
        return correct == null ? null : correct + "/" + total + " (" + percent(share, locale) + ")";
    }

    private static String percent(Double share, Locale locale) {
        return share == null ? "–" : Math.round(share * 100) + " %";
    }

    private static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("id");
    }

    private Account me() {
        Account a = viewer.account();
        if (a == null) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        return a;
    }
}
