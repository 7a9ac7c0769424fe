package id.simak.quiz;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import id.simak.account.Account;
import id.simak.account.Viewer;
import id.simak.analysis.Sentence;
import id.simak.generate.QuestionType;
import id.simak.generate.Skill;
import id.simak.quiz.SetService.SetDetail;
import id.simak.quiz.SetService.SetSummary;
import id.simak.web.ApiException;
import id.simak.web.Problem.FieldError;

/**
 * The teacher's page for an article's generated draft ({@code /guru/artikel/{id}/soal}) and the making of a
 * teacher's own set for the article; the set pages themselves are {@link SetPages}, with the same templates.
 */
@Path("/guru/artikel/{id}/soal")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("TEACHER")
public class QuestionPages {

    /** The notices the authoring pages show after a redirect ({@code ?pesan=key}); only these are shown. */
    static final Set<String> FLASH = Set.of("article_created", "set_created", "set_published", "set_unpublished",
            "set_renamed", "set_deleted", "set_unpublish_choose", "set_unpublished_withdrawn", "set_unpublished_removed",
            "set_regenerated", "question_added", "question_saved", "question_deleted", "question_accepted", "question_moved",
            "questions_accepted", "questions_deleted", "none_selected");

    @Inject
    SetService sets;

    @Inject
    Viewer viewer;

    /** Everything the set page shows. */
    public record SetPage(SetDetail detail, List<SetSummary> others, String flash, String focus,
            Map<String, String> errors, String title, String newTitle, Bank bank, List<String> assignedClasses,
            Filter filter, boolean confirmPublish) {

        SetPage(SetDetail detail, List<SetSummary> others, String flash, String focus, Map<String, String> errors,
                String title, String newTitle, Bank bank, List<String> assignedClasses) {
            this(detail, others, flash, focus, errors, title, newTitle, bank, assignedClasses, Filter.NONE, false);
        }

        public SetSummary set() {
            return detail.set();
        }

        /** The set page's address, ready for a {@code halaman=} parameter. */
        public String pagingBase() {
            return "/guru/set/" + detail.set().id() + "?";
        }

        /** Whether the page should give focus back to this element (the question or button just used). */
        public boolean focused(String prefix, long id) {
            return focus != null && focus.equals(prefix + id);
        }
    }

    /** The article's bank below the set: the questions shown (at most {@link #SHOWN}), their number, the skill filter. */
    public record Bank(List<SetService.BankQuestion> questions, int total, String skill, List<Option> skills) {

        static final int SHOWN = 30;

        public boolean filtered() {
            return skill != null && !skill.isBlank();
        }

        public boolean more() {
            return total > questions.size();
        }
    }

    /** The bank of a set's article, filtered by a skill name when one is given ("" or an unknown one: all). */
    static Bank bank(SetService sets, Account actor, long setId, String skill) {
        String known = skill != null && Arrays.stream(Skill.values()).anyMatch(s -> s.name().equals(skill)) ? skill : null;
        List<SetService.BankQuestion> all = sets.bankOf(actor, setId, known);
        List<Option> skills = new ArrayList<>();
        for (SetService.BankQuestion q : sets.bankOf(actor, setId, null)) {
            Option o = new Option(q.skill(), q.skillKey());
            if (!skills.contains(o)) {
                skills.add(o);
            }
        }
        return new Bank(all.subList(0, Math.min(Bank.SHOWN, all.size())), all.size(), known, skills);
    }

    /** The skill filter of a set's questions: the skill shown (null: all) and the skills the set has. */
    public record Filter(String skill, List<Option> skills) {

        static final Filter NONE = new Filter(null, List.of());

        public boolean active() {
            return skill != null;
        }

        /** The filter of a set whose questions have these skills, showing {@code asked} when it is one of them. */
        static Filter of(List<String> present, String asked) {
            List<Option> options = present.stream().map(s -> new Option(s, "skill_" + s)).toList();
            return new Filter(asked != null && present.contains(asked) ? asked : null, options);
        }
    }

    /** One row of a question form: a choice, an accepted answer, a pair or an item to order. */
    public record Row(int number, int index, String text, String right, boolean correct) {}

    /** The question form as shown: the stored question or what the teacher just sent. */
    public record FormView(Long questionId, String type, String skill, String prompt, String explanation,
            Integer evidenceSentence, String trueFalse, List<Row> rows) {

        public boolean choice() {
            return type.equals("MULTIPLE_CHOICE") || type.equals("MULTIPLE_RESPONSE");
        }

        public boolean single() {
            return type.equals("MULTIPLE_CHOICE");
        }

        public String typeKey() {
            return "type_" + type;
        }
    }

    /** An entry of a select list: its value and the message key of its name. */
    public record Option(String value, String key) {}

    /** A sentence of the article to choose as evidence. */
    public record SentenceOption(int index, String label) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance set(SetPage page);

        static native TemplateInstance preparing(long articleId);

        static native TemplateInstance question(SetSummary set, FormView form, Map<String, String> errors,
                List<SentenceOption> sentences, List<Option> types, List<Option> skills);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance draft(@PathParam("id") long id, @QueryParam("pesan") String flash,
            @QueryParam("fokus") String focus, @QueryParam("keterampilan") String skill,
            @QueryParam("saring") String shown) {
        SetDetail draft;
        try {
            draft = sets.draftOf(viewer.account(), id);
        } catch (QuestionDrafts.DraftPreparing e) {
            // Made by the draft worker right after start: say so, and reload until it is there.
            return Templates.preparing(id);
        }
        Filter filter = Filter.of(draft.questions().stream().map(SetService.QuestionView::skill).distinct().toList(),
                shown);
        if (filter.active()) {
            draft = new SetDetail(draft.set(), draft.questions().stream()
                    .filter(q -> q.skill().equals(filter.skill())).toList());
        }
        return Templates.set(new SetPage(draft, others(id, draft.set().id()), flash(flash), focus, Map.of(),
                draft.set().title(), "", bank(sets, viewer.account(), draft.set().id(), skill),
                sets.assignedClasses(viewer.account(), draft.set().id()), filter, false));
    }

    /** A teacher's own, empty set for this article. */
    @POST
    @Operation(hidden = true)
    public Response create(@PathParam("id") long id, @RestForm String title) {
        try {
            SetSummary s = sets.create(viewer.account(), id, title);
            return Response.seeOther(URI.create("/guru/set/" + s.id() + "?pesan=set_created")).build();
        } catch (ApiException e) {
            if (e.status() != 400) {
                throw e;
            }
            SetDetail draft = sets.draftOf(viewer.account(), id);
            return Response.status(400).entity(Templates.set(new SetPage(draft, others(id, draft.set().id()), null,
                    null, errors(e, "newTitle"), draft.set().title(), title == null ? "" : title,
                    bank(sets, viewer.account(), draft.set().id(), null),
                    sets.assignedClasses(viewer.account(), draft.set().id())))).build();
        }
    }

    List<SetSummary> others(long articleId, long shown) {
        return sets.ofArticle(viewer.account(), articleId).stream().filter(s -> s.id() != shown).toList();
    }

    static String flash(String key) {
        return key != null && FLASH.contains(key) ? "flash_" + key : null;
    }

    /** The field errors of a refused change, keyed by field; a title error goes to the named title field. */
    static Map<String, String> errors(ApiException e, String titleField) {
        java.util.LinkedHashMap<String, String> out = new java.util.LinkedHashMap<>();
        for (FieldError f : e.errors()) {
            out.putIfAbsent(f.field().equals("title") ? titleField : f.field(), f.message());
        }
        if (out.isEmpty()) {
            out.put(titleField, e.getMessage());
        }
        return out;
    }

    static List<Option> types() {
        return Arrays.stream(QuestionType.values()).map(t -> new Option(t.name(), "type_" + t.name())).toList();
    }

    static List<Option> skills() {
        return Arrays.stream(Skill.values()).map(t -> new Option(t.name(), "skill_" + t.name())).toList();
    }

    static List<SentenceOption> options(List<Sentence> sentences) {
        List<SentenceOption> out = new ArrayList<>();
        for (Sentence s : sentences) {
            String text = s.text().length() > 110 ? s.text().substring(0, 107) + "…" : s.text();
            out.add(new SentenceOption(s.index(), (s.index() + 1) + ". " + text));
        }
        return out;
    }
}
