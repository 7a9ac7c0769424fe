package id.simak.progress;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import id.simak.account.Account;
import id.simak.account.Viewer;
import id.simak.progress.ProgressCalculator.Progress;
import id.simak.review.PersonalParameters;
import id.simak.review.ReviewSettings;
import id.simak.web.LanguageFilter;

/** The learner's progress page: figures, Chart.js charts drawn from the tables next to them, and their FSRS fit. */
@Path("/kemajuan")
@Produces(MediaType.TEXT_HTML)
public class ProgressPages {

    /** The recall cell of a card in its (re)learning steps, shown as such by the template. */
    static final String RELEARNING = "relearning";

    /** A row of a chart's table: its label and values already formatted for the page, and the raw values. */
    public record Row(String label, String key, List<String> cells, List<String> values) {

        Row(String label, List<String> cells, List<String> values) {
            this(label, null, cells, values);
        }
    }

    /** The page's model. */
    public record Page(Progress figures, List<Row> reviewsPerDay, List<Row> retention, List<Row> forecast,
            List<Row> mastery, List<Row> scores, List<Row> weakest, ProgressService.Parameters parameters,
            String fittedAt, String logLossBefore, String logLossAfter, boolean empty) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance progress(Page page, String notice);
    }

    private static final List<String> NOTICES = List.of("fit_changed", "fit_kept", "fit_too_few");

    @Inject
    ProgressService progress;

    @Inject
    PersonalParameters personal;

    @Inject
    ReviewSettings settings;

    @Inject
    Viewer viewer;

    @GET
    @Operation(hidden = true)
    public TemplateInstance page(@QueryParam("pesan") String notice,
            @CookieParam(LanguageFilter.COOKIE) String language) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("id");
        ProgressService.View view = progress.view(viewer.requiredId());
        return Templates.progress(page(view, locale), notice != null && NOTICES.contains(notice) ? notice : null);
    }

    @POST
    @Path("parameter")
    @Operation(hidden = true)
    public Response fit() {
        PersonalParameters.Fit fit = personal.fitNow(me().id);
        String notice = !fit.ran() ? "fit_too_few" : fit.changed() ? "fit_changed" : "fit_kept";
        return Response.seeOther(URI.create("/kemajuan?pesan=" + notice + "#parameter")).build();
    }

    private Page page(ProgressService.View view, Locale locale) {
        Progress p = view.figures();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<Row> perDay = p.reviewsPerDay().stream()
                .map(d -> row(d.day().format(day), List.of(Integer.toString(d.count())), d.count())).toList();
        List<Row> retention = p.retentionPerWeek().stream().map(w -> new Row(w.weekStart().format(date),
                List.of(Integer.toString(w.reviews()), Integer.toString(w.recalled()), percent(w.retention())),
                List.of(w.retention() == null ? "" : Long.toString(Math.round(w.retention() * 100))))).toList();
        List<Row> forecast = p.forecast().stream()
                .map(d -> row(d.day().format(day), List.of(Integer.toString(d.count())), d.count())).toList();
        List<Row> mastery = p.mastery().stream().map(m -> new Row(m.skill(), "skill_" + m.skill(),
                List.of(Integer.toString(m.cards()), percent(m.meanRecall()), Integer.toString(m.answers()),
                        percent(m.quizShare())),
                List.of(m.meanRecall() == null ? "" : Long.toString(Math.round(m.meanRecall() * 100)),
                        m.quizShare() == null ? "" : Long.toString(Math.round(m.quizShare() * 100))))).toList();
        List<Row> scores = new ArrayList<>();
        ZoneId zone = ZoneId.of(settings.zone());
        for (ProgressCalculator.SetScores s : p.scores()) {
            int n = 0;
            for (ProgressCalculator.AttemptScore a : s.attempts()) {
                n++;
                double share = a.total() == 0 ? 0 : (double) a.correct() / a.total();
                scores.add(new Row(s.setTitle() + " #" + n,
                        List.of(a.finishedAt().atZone(zone).toLocalDate().format(date),
                                a.correct() + "/" + a.total(), percent(share)),
                        List.of(Long.toString(Math.round(share * 100)))));
            }
        }
        List<Row> weakest = view.weakest().stream().map(c -> new Row(c.front(),
                List.of("skill_" + c.skill(), c.relearning() ? RELEARNING : percent(c.recall()),
                        c.due().atZone(zone).toLocalDate().format(date)),
                List.of(Long.toString(c.relearning() ? 0 : Math.round(c.recall() * 100))))).toList();
        ProgressService.Parameters params = view.parameters();
        String fittedAt = params.fittedAt() == null ? null
                : params.fittedAt().atZone(zone).toLocalDate().format(date);
        boolean empty = p.totalReviews() == 0 && p.scores().isEmpty() && p.mastery().isEmpty();
        return new Page(p, perDay, retention, forecast, mastery, scores, weakest, params, fittedAt,
                decimals(params.previousLogLoss()), decimals(params.logLoss()), empty);
    }

    private static Row row(String label, List<String> cells, int value) {
        return new Row(label, cells, List.of(Integer.toString(value)));
    }

    private static String decimals(Double v) {
        return v == null ? null : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + " %";
    }

    private Account me() {
        return viewer.required();
    }
}
