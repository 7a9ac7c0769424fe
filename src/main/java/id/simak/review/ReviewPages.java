package id.simak.review;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The learner's daily flashcard review. */
@Path("/ulasan")
@Produces(MediaType.TEXT_HTML)
public class ReviewPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance session();
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance session() {
        return Templates.session();
    }
}
