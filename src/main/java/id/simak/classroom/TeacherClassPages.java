package id.simak.classroom;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
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

import id.simak.account.Viewer;
import id.simak.classroom.ClassViews.ClassDetail;
import id.simak.classroom.ClassViews.ClassSummary;
import id.simak.classroom.ClassViews.SetChoice;
import id.simak.web.ApiException;
import id.simak.web.LanguageFilter;

/**
 * The teacher's class pages: the list with a form to create a class, and one class with its join code, members
 * and assignments.
 */
@Path("/guru/kelas")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("TEACHER")
public class TeacherClassPages {

    @Inject
    ClassService classes;

    @Inject
    Viewer viewer;

    /** What the teacher typed into the assignment form, shown again when it has an error. */
    public record AssignmentForm(String setId, String due, String note) {

        /** Whether this set was the one chosen. */
        public boolean chose(long id) {
            return setId.equals(Long.toString(id));
        }
    }

    @CheckedTemplate(basePath = "ClassPages")
    static class Templates {
        static native TemplateInstance teacherList(List<ClassSummary> classes, String name, String nameError,
                String flash);

        static native TemplateInstance teacherClass(ClassDetail classroom, List<SetChoice> sets, String today,
                AssignmentForm form, Map<String, String> errors, String flash);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("pesan") String flash) {
        return Templates.teacherList(classes.classesOf(viewer.account()), "", null, ClassPageSupport.flash(flash));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@RestForm String name) {
        try {
            ClassDetail c = classes.create(viewer.account(), name);
            return seeOther(c.id(), "created");
        } catch (ApiException e) {
            if (e.status() != 400) {
                throw e;
            }
            return Response.status(400).entity(Templates.teacherList(classes.classesOf(viewer.account()),
                    ClassPageSupport.nz(name), e.getMessage(), null)).build();
        }
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("id") long id, @QueryParam("pesan") String flash,
            @CookieParam(LanguageFilter.COOKIE) String language) {
        return page(id, new AssignmentForm("", "", ""), Map.of(), ClassPageSupport.flash(flash),
                ClassPageSupport.locale(language));
    }

    @POST
    @Path("{id}/nama")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response rename(@PathParam("id") long id, @RestForm String name,
            @CookieParam(LanguageFilter.COOKIE) String language) {
        try {
            classes.update(viewer.account(), id, name, null);
            return seeOther(id, "renamed");
        } catch (ApiException e) {
            return formError(id, e, "name", new AssignmentForm("", "", ""), language);
        }
    }

    @POST
    @Path("{id}/arsip")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response archive(@PathParam("id") long id, @RestForm boolean archived) {
        ClassDetail c = classes.detail(viewer.account(), id);
        classes.update(viewer.account(), id, c.name(), archived);
        return seeOther(id, archived ? "archived" : "restored");
    }

    @POST
    @Path("{id}/hapus")
    @Operation(hidden = true)
    public Response delete(@PathParam("id") long id) {
        classes.delete(viewer.account(), id);
        return Response.seeOther(URI.create("/guru/kelas?pesan=deleted")).build();
    }

    @POST
    @Path("{id}/kode")
    @Operation(hidden = true)
    public Response newCode(@PathParam("id") long id) {
        classes.newCode(viewer.account(), id);
        return seeOther(id, "code_changed");
    }

    @POST
    @Path("{id}/anggota/{username}/hapus")
    @Operation(hidden = true)
    public Response removeMember(@PathParam("id") long id, @PathParam("username") String username) {
        classes.removeMember(viewer.account(), id, username);
        return seeOther(id, "member_removed");
    }

    @POST
    @Path("{id}/tugas")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response assign(@PathParam("id") long id, @RestForm String setId, @RestForm String due,
            @RestForm String note, @CookieParam(LanguageFilter.COOKIE) String language) {
        AssignmentForm form = new AssignmentForm(ClassPageSupport.nz(setId), ClassPageSupport.nz(due),
                ClassPageSupport.nz(note));
        try {
            Long set = setId == null || setId.isBlank() ? null : Long.valueOf(setId.strip());
            classes.assign(viewer.account(), id, set, due, note);
            return seeOther(id, "assigned");
        } catch (NumberFormatException e) {
            return formError(id, ApiException.invalid("setId", "Pilih set soal yang akan ditugaskan."), "setId", form,
                    language);
        } catch (ApiException e) {
            return formError(id, e, "setId", form, language);
        }
    }

    @POST
    @Path("{id}/tugas/{assignmentId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response change(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId,
            @RestForm String due, @RestForm String note, @CookieParam(LanguageFilter.COOKIE) String language) {
        try {
            classes.change(viewer.account(), id, assignmentId, due, note);
            return seeOther(id, "assignment_changed");
        } catch (ApiException e) {
            return formError(id, e, "change", new AssignmentForm("", "", ""), language);
        }
    }

    @POST
    @Path("{id}/tugas/{assignmentId}/hapus")
    @Operation(hidden = true)
    public Response unassign(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId) {
        classes.unassign(viewer.account(), id, assignmentId);
        return seeOther(id, "assignment_removed");
    }

    /**
     * Shows the class page again with the message next to its field; a refusal that is not about the input
     * (another teacher's class, a class that does not exist) becomes the error page.
     */
    private Response formError(long id, ApiException e, String defaultField, AssignmentForm form, String language) {
        if (e.status() == 403 || (e.status() == 404 && e.errors().isEmpty() && !"setId".equals(defaultField))) {
            throw e;
        }
        String field = e.errors().isEmpty() ? defaultField : e.errors().get(0).field();
        if ("change".equals(defaultField)) {
            field = "change";
        }
        return Response.status(e.status()).entity(page(id, form, Map.of(field, e.getMessage()), null,
                ClassPageSupport.locale(language))).build();
    }

    private TemplateInstance page(long id, AssignmentForm form, Map<String, String> errors, String flash,
            Locale locale) {
        ClassDetail c = classes.detail(viewer.account(), id);
        ClassDetail shown = new ClassDetail(c.id(), c.name(), c.teacher(), c.code(), c.archived(), c.members(),
                ClassPageSupport.inLanguage(c.assignments(), classes, locale));
        return Templates.teacherClass(shown, classes.assignableSets(viewer.account()), classes.today().toString(),
                form, errors, flash);
    }

    private static Response seeOther(long id, String notice) {
        return Response.seeOther(URI.create("/guru/kelas/" + id + "?pesan=" + notice)).build();
    }
}
