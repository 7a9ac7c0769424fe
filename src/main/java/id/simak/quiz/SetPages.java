package id.simak.quiz;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateInstance;

import id.simak.account.Viewer;
import id.simak.generate.QuestionType;
import id.simak.quiz.QuestionPages.FormView;
import id.simak.quiz.QuestionPages.Row;
import id.simak.quiz.QuestionPages.SetPage;
import id.simak.quiz.QuestionPages.Templates;
import id.simak.quiz.SetService.QuestionView;
import id.simak.quiz.SetService.SetDetail;
import id.simak.web.ApiException;
import id.simak.web.Paging;

/**
 * The teacher's pages for one question set: accept, edit, delete and move questions, add new ones with a form
 * that follows the question type, rename, publish and unpublish. Every action is a POST answered with a
 * redirect back to the set (focus returns to the question or button used), so it works without a mouse or
 * script; with htmx the type choice updates the form in place.
 */
@Path("/guru/set/{setId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("TEACHER")
public class SetPages {

    @Inject
    SetService sets;

    @Inject
    Viewer viewer;

    /** A question form as the browser sends it: one row per choice, answer, pair or item. */
    public static class Submitted {
        @RestForm
        public String type;
        @RestForm
        public String skill;
        @RestForm
        public String prompt;
        @RestForm
        public String explanation;
        @RestForm
        public String evidenceSentence;
        @RestForm
        public String trueFalse;
        @RestForm("text")
        public List<String> texts;
        @RestForm("right")
        public List<String> rights;
        @RestForm("correct")
        public List<String> correct;

        QuestionForm toForm() {
            List<String> rows = texts == null ? List.of() : texts;
            String t = type == null ? "" : type;
            List<String> items = List.of();
            List<String> choices = List.of();
            List<String> answer;
            if (t.equals("MULTIPLE_CHOICE") || t.equals("MULTIPLE_RESPONSE")) {
                choices = rows;
                List<String> marked = new ArrayList<>();
                for (int i = 0; i < rows.size(); i++) {
                    if (isCorrect(i) && !rows.get(i).isBlank()) {
                        marked.add(rows.get(i));
                    }
                }
                answer = marked;
            } else if (t.equals("TRUE_FALSE")) {
                answer = trueFalse == null ? List.of() : List.of(trueFalse);
            } else if (t.equals("MATCHING")) {
                items = rows;
                answer = rights == null ? List.of() : rights;
            } else {
                answer = rows;
            }
            return new QuestionForm(type, skill, prompt, items, choices, answer, explanation, evidence());
        }

        FormView toView(Long questionId) {
            List<String> rows = texts == null ? List.of() : texts;
            List<Row> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                String right = rights != null && i < rights.size() ? rights.get(i) : "";
                out.add(new Row(i + 1, i, rows.get(i), right, isCorrect(i)));
            }
            return new FormView(questionId, type == null ? QuestionType.MULTIPLE_CHOICE.name() : type, skill,
                    nz(prompt), nz(explanation), evidence(), trueFalse, out);
        }

        private boolean isCorrect(int i) {
            return correct != null && correct.contains(String.valueOf(i));
        }

        private Integer evidence() {
            if (evidenceSentence == null || evidenceSentence.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(evidenceSentence.strip());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page(@PathParam("setId") long setId, @QueryParam("pesan") String flash,
            @QueryParam("fokus") String focus, @QueryParam("keterampilan") String skill,
            @QueryParam("halaman") String page, @QueryParam("ukuran") String size,
            @QueryParam("saring") String shown) {
        return Templates.set(withFilter(setId, Paging.lenient(page, size), shown, QuestionPages.flash(flash), focus,
                skill, false));
    }

    /** The set page showing the questions of one skill ({@code ?saring=DATE}; unknown or absent: all). */
    private SetPage withFilter(long setId, Paging paging, String shown, String flash, String focus, String bankSkill,
            boolean confirmPublish) {
        QuestionPages.Filter filter = QuestionPages.Filter.of(sets.skillsIn(viewer.account(), setId), shown);
        SetDetail detail = sets.detail(viewer.account(), setId, paging, filter.skill());
        SetPage p = page(detail, flash, focus, Map.of(), detail.set().title(), "", bankSkill);
        return new SetPage(p.detail(), p.others(), p.flash(), p.focus(), p.errors(), p.title(), p.newTitle(), p.bank(), p.assignedClasses(),
                filter, confirmPublish);
    }

    /**
     * Accepts ({@code aksi=terima}) or deletes ({@code aksi=hapus}) the questions ticked on the page
     * ({@code soal=id}, repeated) at once.
     */
    @POST
    @Path("pilihan")
    @Operation(hidden = true)
    public Response changeMany(@PathParam("setId") long setId, @RestForm("soal") List<Long> chosen,
            @RestForm String aksi, @RestForm String halaman, @RestForm String ukuran, @RestForm String saring) {
        Paging paging = Paging.lenient(halaman, ukuran);
        boolean delete = "hapus".equals(aksi);
        if (!delete && !"terima".equals(aksi)) {
            throw ApiException.invalid("aksi", "Pilih terima atau hapus.");
        }
        String skill = QuestionPages.Filter.of(sets.skillsIn(viewer.account(), setId), saring).skill();
        if (chosen == null || chosen.isEmpty()) {
            return back(setId, "none_selected", "daftar-soal", paging, skill);
        }
        sets.changeMany(viewer.account(), setId, chosen, delete);
        // Back to the page of the list the teacher was on (with its filter, while the skill is still there); when
        // deleting emptied that page, to the last page there is.
        String shown = QuestionPages.Filter.of(sets.skillsIn(viewer.account(), setId), skill).skill();
        Paging.Slice<SetService.QuestionView> left = sets.detail(viewer.account(), setId, paging, shown).slice();
        if (left.items().isEmpty() && paging.page() > 1) {
            paging = new Paging(Math.max(1, left.pages()), paging.size());
        }
        return back(setId, delete ? "questions_deleted" : "questions_accepted", "daftar-soal", paging, shown);
    }

    /** Adds the chosen question of the article's bank to the end of the set. */
    @POST
    @Path("bank")
    @Operation(hidden = true)
    public Response addFromBank(@PathParam("setId") long setId, @RestForm String key, @RestForm String ukuran) {
        SetService.QuestionView q = sets.addFromBank(viewer.account(), setId, key);
        return back(setId, "question_added", "soal-" + q.id(), at(q.position(), ukuran));
    }

    @POST
    @Path("judul")
    @Operation(hidden = true)
    public Response rename(@PathParam("setId") long setId, @RestForm String title, @RestForm String halaman,
            @RestForm String ukuran) {
        try {
            sets.rename(viewer.account(), setId, title);
            return back(setId, "set_renamed", "title", Paging.lenient(halaman, ukuran));
        } catch (ApiException e) {
            if (e.status() != 400) {
                throw e;
            }
            SetDetail detail = sets.detail(viewer.account(), setId);
            return Response.status(400).entity(Templates.set(page(detail, null, null,
                    QuestionPages.errors(e, "title"), title == null ? "" : title, ""))).build();
        }
    }

    @POST
    @Path("terbit")
    @Operation(hidden = true)
    public Response publish(@PathParam("setId") long setId, @RestForm String yakin, @RestForm String halaman,
                            @RestForm String ukuran) {
        if (!"ya".equals(yakin) && sets.detail(viewer.account(), setId, Paging.lenient(null, null)).set()
                .unreviewed() > 0) {
            // Questions nobody checked would be published too: ask first, on the page itself.
            return Response.status(409).entity(Templates.set(withFilter(setId, Paging.lenient(halaman, ukuran), null, null,
                    "publish-confirm", null, true))).build();
        }
        sets.publish(viewer.account(), setId);
        return back(setId, "set_published", "unpublish", Paging.lenient(halaman, ukuran));
    }

    @POST
    @Path("tarik")
    @Operation(hidden = true)
    public Response unpublish(@PathParam("setId") long setId, @RestForm("tugas") String assignments,
                              @RestForm String halaman, @RestForm String ukuran) {
        Paging paging = Paging.lenient(halaman, ukuran);
        SetService.AssignmentChoice choice;
        try {
            choice = SetService.AssignmentChoice.parse(assignments);
            sets.unpublish(viewer.account(), setId, choice);
        } catch (ApiException e) {
            if (e.status() != 409 && e.status() != 400) {
                throw e;
            }
            // Assigned, and the teacher has not said what happens to the assignments: ask again.
            return back(setId, "set_unpublish_choose", "unpublish", paging);
        }
        return back(setId, choice == SetService.AssignmentChoice.REMOVE ? "set_unpublished_removed"
                : choice == SetService.AssignmentChoice.WITHDRAW ? "set_unpublished_withdrawn" : "set_unpublished",
                "publish", paging);
    }

    @POST
    @Path("hapus")
    @Operation(hidden = true)
    public Response delete(@PathParam("setId") long setId) {
        sets.delete(viewer.account(), setId);
        return Response.seeOther(URI.create("/guru?pesan=set_deleted")).build();
    }

    @POST
    @Path("buat-ulang")
    @Operation(hidden = true)
    public Response regenerate(@PathParam("setId") long setId) {
        sets.regenerate(viewer.account(), setId);
        return back(setId, "set_regenerated", null, Paging.lenient(null, null));
    }

    @GET
    @Path("soal/baru")
    @Operation(hidden = true)
    public TemplateInstance newQuestion(@PathParam("setId") long setId, @QueryParam("jenis") String type) {
        SetDetail detail = sets.detail(viewer.account(), setId);
        String t = known(type) ? type : QuestionType.MULTIPLE_CHOICE.name();
        return form(setId, detail, view(null, new QuestionForm(t, null, "", List.of(), List.of(), List.of(), "", null)),
                Map.of());
    }

    @POST
    @Path("soal")
    @Operation(hidden = true)
    public Response add(@PathParam("setId") long setId, @BeanParam Submitted sent) {
        try {
            QuestionView q = sets.addQuestion(viewer.account(), setId, sent.toForm());
            return back(setId, "question_added", "soal-" + q.id(), at(q.position(), null));
        } catch (ApiException e) {
            return refused(setId, e, sent.toView(null));
        }
    }

    @GET
    @Path("soal/{questionId}/ubah")
    @Operation(hidden = true)
    public TemplateInstance edit(@PathParam("setId") long setId, @PathParam("questionId") long questionId,
            @QueryParam("jenis") String type) {
        SetDetail detail = sets.detail(viewer.account(), setId);
        QuestionView q = detail.questions().stream().filter(x -> x.id() == questionId).findFirst()
                .orElseThrow(() -> ApiException.notFound("Soal " + questionId + " tidak ada di set ini."));
        QuestionForm stored = new QuestionForm(known(type) ? type : q.type(), q.skill(), q.prompt(), q.items(),
                q.choices(), q.answer(), q.explanation(), q.evidence() == null ? null : q.evidence().sentence());
        return form(setId, detail, view(questionId, stored), Map.of());
    }

    @POST
    @Path("soal/{questionId}")
    @Operation(hidden = true)
    public Response update(@PathParam("setId") long setId, @PathParam("questionId") long questionId,
            @BeanParam Submitted sent) {
        try {
            QuestionView q = sets.updateQuestion(viewer.account(), setId, questionId, sent.toForm());
            return back(setId, "question_saved", "soal-" + questionId, at(q.position(), null));
        } catch (ApiException e) {
            return refused(setId, e, sent.toView(questionId));
        }
    }

    @POST
    @Path("soal/{questionId}/terima")
    @Operation(hidden = true)
    public Response accept(@PathParam("setId") long setId, @PathParam("questionId") long questionId,
            @RestForm String ukuran) {
        QuestionView q = sets.accept(viewer.account(), setId, questionId);
        return back(setId, "question_accepted", "soal-" + questionId, at(q.position(), ukuran));
    }

    @POST
    @Path("soal/{questionId}/hapus")
    @Operation(hidden = true)
    public Response deleteQuestion(@PathParam("setId") long setId, @PathParam("questionId") long questionId,
            @RestForm String ukuran) {
        int place = sets.deleteQuestion(viewer.account(), setId, questionId);
        return back(setId, "question_deleted", "daftar-soal", at(place, ukuran));
    }

    @POST
    @Path("soal/{questionId}/naik")
    @Operation(hidden = true)
    public Response up(@PathParam("setId") long setId, @PathParam("questionId") long questionId,
            @RestForm String ukuran) {
        int place = sets.move(viewer.account(), setId, questionId, -1);
        return back(setId, "question_moved", "naik-" + questionId, at(place, ukuran));
    }

    @POST
    @Path("soal/{questionId}/turun")
    @Operation(hidden = true)
    public Response down(@PathParam("setId") long setId, @PathParam("questionId") long questionId,
            @RestForm String ukuran) {
        int place = sets.move(viewer.account(), setId, questionId, 1);
        return back(setId, "question_moved", "turun-" + questionId, at(place, ukuran));
    }

    private Response refused(long setId, ApiException e, FormView view) {
        if (e.status() != 400) {
            throw e;
        }
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        e.errors().forEach(f -> errors.merge(f.field(), f.message(), (a, b) -> a + " " + b));
        SetDetail detail = sets.detail(viewer.account(), setId);
        return Response.status(400).entity(form(setId, detail, view, errors)).build();
    }

    private TemplateInstance form(long setId, SetDetail detail, FormView view, Map<String, String> errors) {
        return Templates.question(detail.set(), view, errors,
                QuestionPages.options(sets.sentencesOf(viewer.account(), setId)), QuestionPages.types(),
                QuestionPages.skills());
    }

    private SetPage page(SetDetail detail, String flash, String focus, Map<String, String> errors, String title,
            String newTitle) {
        return page(detail, flash, focus, errors, title, newTitle, null);
    }

    private SetPage page(SetDetail detail, String flash, String focus, Map<String, String> errors, String title,
            String newTitle, String skill) {
        List<SetService.SetSummary> others = detail.set().articleId() == null ? List.of()
                : sets.ofArticle(viewer.account(), detail.set().articleId()).stream()
                        .filter(s -> s.id() != detail.set().id()).toList();
        return new SetPage(detail, others, flash, focus, errors, title, newTitle,
                QuestionPages.bank(sets, viewer.account(), detail.set().id(), skill),
                sets.assignedClasses(viewer.account(), detail.set().id()));
    }

    /**
     * Back to the set after an action, on the page the teacher was on: the page that holds the question acted on
     * (where a move took it), or the page a set-wide action was sent from.
     */
    private static Response back(long setId, String flash, String focus, Paging paging) {
        return back(setId, flash, focus, paging, null);
    }

    /** Back to the set page with a notice, on the given page of the list, showing one skill when {@code skill} is set. */
    private static Response back(long setId, String flash, String focus, Paging paging, String skill) {
        String anchor = focus != null && focus.startsWith("soal-") ? "#" + focus : "";
        String page = (paging.page() == 1 ? "" : "&halaman=" + paging.page())
                + (paging.size() == Paging.DEFAULT_SIZE ? "" : "&ukuran=" + paging.size())
                + (skill == null ? "" : "&saring=" + skill);
        return Response.seeOther(URI.create("/guru/set/" + setId + "?pesan=" + flash + page
                + (focus == null ? "" : "&fokus=" + focus) + anchor)).build();
    }

    /** The page (of the size the form sent, else the default) that shows the question at a 0-based place. */
    private static Paging at(int place, String size) {
        int pageSize = Paging.lenient(null, size).size();
        return new Paging(place / pageSize + 1, pageSize);
    }

    /** The form rows of a stored question, shown as the given type (a teacher may change a question's type). */
    static FormView view(Long questionId, QuestionForm q) {
        String type = q.type();
        List<Row> rows = new ArrayList<>();
        List<String> answer = q.answer() == null ? List.of() : q.answer();
        int minimum = 3;
        if (type.equals("MULTIPLE_CHOICE") || type.equals("MULTIPLE_RESPONSE")) {
            List<String> choices = q.choices() == null || q.choices().isEmpty() ? answer : q.choices();
            for (String c : choices) {
                rows.add(new Row(rows.size() + 1, rows.size(), c, "", answer.contains(c)));
            }
            minimum = 4;
        } else if (type.equals("MATCHING")) {
            List<String> items = q.items() == null ? List.of() : q.items();
            for (int i = 0; i < Math.max(items.size(), answer.size()); i++) {
                rows.add(new Row(i + 1, i, i < items.size() ? items.get(i) : "", i < answer.size() ? answer.get(i) : "", false));
            }
        } else if (!type.equals("TRUE_FALSE")) {
            for (String a : answer) {
                rows.add(new Row(rows.size() + 1, rows.size(), a, "", false));
            }
        }
        int wanted = type.equals("TRUE_FALSE") ? 0 : Math.max(minimum, rows.size() + 1);
        while (rows.size() < wanted) {
            rows.add(new Row(rows.size() + 1, rows.size(), "", "", false));
        }
        String tf = type.equals("TRUE_FALSE") && answer.size() == 1 ? answer.get(0) : null;
        return new FormView(questionId, type, q.skill(), nz(q.prompt()), nz(q.explanation()), q.evidenceSentence(), tf,
                rows);
    }

    private static boolean known(String type) {
        return type != null && QuestionPages.types().stream().anyMatch(o -> o.value().equals(type));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
