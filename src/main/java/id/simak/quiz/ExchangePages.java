package id.simak.quiz;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import id.simak.account.Account;
import id.simak.account.Viewer;
import id.simak.article.Article;
import id.simak.web.ApiException;

/**
 * The teacher's page for question files: import a Simak, GIFT, Moodle XML or CSV file into a set, and download any
 * set they may see as Simak YAML, GIFT, Moodle XML or Anki text. It uses the same code as {@code /api/import} and
 * {@code /api/export}, so the rules (owner, whole file or nothing, the line of a problem) are the same.
 */
@Path("/guru/berkas")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("TEACHER")
public class ExchangePages {

    /** An article a set can be imported into. */
    public record ArticleChoice(long id, String title) {}

    /** A set the teacher can download. */
    public record SetRow(long id, String title, String status, String articleTitle, boolean mine) {}

    /** What the last import did, for the notice: the counts, the one-sentence summary and the questions left out. */
    public record Done(long setId, String title, int added, int updated, int removed, int unchanged,
            List<ExchangeResource.Skipped> skipped) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance files(List<ArticleChoice> articles, List<SetRow> sets, String format,
                Long articleId, String error, Done done);
    }

    @Inject
    ExchangeResource exchange;

    @Inject
    Viewer viewer;

    @GET
    @Operation(hidden = true)
    public TemplateInstance page() {
        return view("simak", null, null, null);
    }

    @POST
    @Path("impor")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response importFile(@RestForm String format, @RestForm Long articleId, @RestForm("file") FileUpload file) {
        String fmt = format == null ? "simak" : format;
        if (file == null || file.size() == 0) {
            return Response.status(400).entity(view(fmt, articleId, "Pilih berkas yang akan diimpor.", null)).build();
        }
        try {
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            Response r = exchange.importFile(fmt, articleId, null, "text/plain; charset=UTF-8", bytes);
            ExchangeResource.Imported i = (ExchangeResource.Imported) r.getEntity();
            return Response.ok(view(fmt, articleId, null,
                    new Done(i.setId(), i.title(), i.added(), i.updated(), i.removed(), i.unchanged(), i.skipped())))
                    .build();
        } catch (IOException e) {
            return Response.status(400).entity(view(fmt, articleId, "Berkas tidak dapat dibaca.", null)).build();
        } catch (ExchangeResource.FileRefused e) {
            return Response.status(400).entity(view(fmt, articleId, e.getMessage(), null)).build();
        } catch (ApiException e) {
            String message = e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message();
            return Response.status(e.status()).entity(view(fmt, articleId, message, null)).build();
        }
    }

    @GET
    @Path("ekspor/{setId}")
    @Produces(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response export(@PathParam("setId") String setId, @QueryParam("format") String format) {
        return exchange.export(setId, format);
    }

    private TemplateInstance view(String format, Long articleId, String error, Done done) {
        Account me = viewer.account();
        List<ArticleChoice> articles = Article.<Article>list("owner is null or owner.id = ?1 order by title", me.id)
                .stream().map(a -> new ArticleChoice(a.id, a.title)).toList();
        List<SetRow> sets = QuestionSet.<QuestionSet>list("select s from QuestionSet s left join fetch s.article "
                + "where s.owner.id = ?1 or s.owner is null order by s.title", me.id)
                .stream().filter(s -> SetAccess.mayExport(me, s)).map(s -> new SetRow(s.id, s.title, s.status.name(), s.article == null ? "" : s.article.title,
                        s.owner != null))
                .toList();
        return Templates.files(articles, sets, format, articleId, error, done);
    }

}
