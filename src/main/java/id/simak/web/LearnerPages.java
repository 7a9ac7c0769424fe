package id.simak.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The learner's quiz, review and progress pages, which show their empty state until there is something to do. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LearnerPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quizzes();

        static native TemplateInstance reviews();

        static native TemplateInstance progress();
    }

    @GET
    @Path("kuis")
    @Operation(hidden = true)
    public TemplateInstance quizzes() {
        return Templates.quizzes();
    }

    @GET
    @Path("ulasan")
    @Operation(hidden = true)
    public TemplateInstance reviews() {
        return Templates.reviews();
    }

    @GET
    @Path("kemajuan")
    @Operation(hidden = true)
    public TemplateInstance progress() {
        return Templates.progress();
    }
}
