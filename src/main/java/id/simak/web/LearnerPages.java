package id.simak.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The learner's progress page, which shows its empty state until there is something to show. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LearnerPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance progress();
    }

    @GET
    @Path("kemajuan")
    @Operation(hidden = true)
    public TemplateInstance progress() {
        return Templates.progress();
    }
}
