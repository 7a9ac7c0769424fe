package id.simak.quiz;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The learner's quizzes: the published question sets. */
@Path("/kuis")
@Produces(MediaType.TEXT_HTML)
public class QuizPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list();
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance list() {
        return Templates.list();
    }
}
