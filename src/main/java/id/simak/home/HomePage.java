package id.simak.home;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import id.simak.article.Article;
import id.simak.web.Flash;

/** The home page (Beranda): what Simak is, and for a signed-in reader how many articles wait. */
@Path("/")
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(long articleCount, String flash);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance home(@jakarta.ws.rs.QueryParam("pesan") String flash) {
        return Templates.home(Article.count(), Flash.message(flash));
    }
}
