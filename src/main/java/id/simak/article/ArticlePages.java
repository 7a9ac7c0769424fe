package id.simak.article;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import id.simak.account.Account;
import id.simak.account.SignedIn;
import id.simak.account.Viewer;
import id.simak.web.ApiException;
import id.simak.web.Flash;

/** The list of articles and the reader. */
@Path("/artikel")
@Produces(MediaType.TEXT_HTML)
public class ArticlePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Article> articles, String flash, boolean preparing);

        static native TemplateInstance reader(Article.Heading article, List<ReaderHtml.Block> blocks, Integer evidence);
    }

    @Inject
    ArticleReading reading;

    @Inject
    WordMarks marks;

    @Inject
    Viewer viewer;

    @Inject
    ArticleLookup lookup;

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("pesan") String flash) {
        // Right after start the seeds/ articles may not be stored yet: the list says so (readiness is down meanwhile).
        boolean preparing = lookup.seedsPending();
        return Templates.list(Article.newestFirst(), Flash.message(flash), preparing);
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    @Transactional
    public TemplateInstance reader(@PathParam("id") long id, @QueryParam("kalimat") Integer evidence) {
        Article.Heading a = lookup.heading(id);
        Long me = viewer.id();
        SignedIn signedIn = viewer.signedInAs();
        if (me != null && (signedIn == null || signedIn.lastArticleId() == null || signedIn.lastArticleId() != a.id())) {
            // The home page offers it again ("Terakhir dibaca"); reading the same article again changes nothing.
            Account.update("lastArticleId = ?1, lastArticleAt = ?2 where id = ?3", a.id(), Instant.now(), me);
        }
        Set<String> marked = me == null ? Set.of() : marks.wordsInCards(me);
        Integer shown = evidence != null && evidence >= 0 ? evidence : null;
        return Templates.reader(a, reading.readerHtml(a).blocks(marked, shown), shown);
    }
}
