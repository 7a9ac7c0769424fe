package id.simak.article;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import id.simak.web.Flash;

/** The list of articles and the reader. */
@Path("/artikel")
@Produces(MediaType.TEXT_HTML)
public class ArticlePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Article> articles, String flash);

        static native TemplateInstance reader(Article article, List<ArticleText.Block> blocks);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("pesan") String flash) {
        return Templates.list(Article.newestFirst(), Flash.message(flash));
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance reader(@PathParam("id") long id) {
        Article a = ArticleResource.find(id);
        return Templates.reader(a, ArticleText.blocks(a.body));
    }
}
