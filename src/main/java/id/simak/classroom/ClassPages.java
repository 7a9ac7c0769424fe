package id.simak.classroom;

import java.net.URI;
import java.util.List;
import java.util.Locale;

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
import io.quarkus.security.Authenticated;

import id.simak.account.Viewer;
import id.simak.classroom.ClassViews.LearnerClass;
import id.simak.web.ApiException;
import id.simak.web.LanguageFilter;

/** The learner's classes page: join a class with its code, see each class's assignments, leave a class. */
@Path("/kelas")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ClassPages {

    @Inject
    ClassService classes;

    @Inject
    Viewer viewer;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance learner(List<LearnerClass> classes, String code, String codeError,
                String flash);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page(@QueryParam("pesan") String flash,
            @CookieParam(LanguageFilter.COOKIE) String language) {
        return page("", null, ClassPageSupport.flash(flash), ClassPageSupport.locale(language));
    }

    @POST
    @Path("gabung")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response join(@RestForm String code, @CookieParam(LanguageFilter.COOKIE) String language) {
        try {
            boolean already = classes.join(viewer.account(), code).already();
            return Response.seeOther(URI.create("/kelas?pesan=" + (already ? "already_member" : "joined"))).build();
        } catch (ApiException e) {
            if (e.status() == 403) {
                throw e;
            }
            return Response.status(e.status())
                    .entity(page(ClassPageSupport.nz(code), e.getMessage(), null, ClassPageSupport.locale(language)))
                    .build();
        }
    }

    @POST
    @Path("{id}/keluar")
    @Operation(hidden = true)
    public Response leave(@PathParam("id") long id) {
        classes.leave(viewer.account(), id);
        return Response.seeOther(URI.create("/kelas?pesan=left")).build();
    }

    private TemplateInstance page(String code, String codeError, String flash, Locale locale) {
        List<LearnerClass> mine = classes.learnerClasses(viewer.account()).stream()
                .map(c -> new LearnerClass(c.id(), c.name(), c.teacher(), c.archived(),
                        ClassPageSupport.inLanguage(c.assignments(), classes, locale)))
                .toList();
        return Templates.learner(mine, code, codeError, flash);
    }
}
