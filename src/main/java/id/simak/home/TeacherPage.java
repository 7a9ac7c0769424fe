package id.simak.home;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

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
import id.simak.account.AccountService;
import id.simak.account.Role;
import id.simak.account.Viewer;
import id.simak.article.Article;
import id.simak.article.ArticleService;
import id.simak.article.ArticleText;
import id.simak.quiz.SetService;
import id.simak.quiz.SetService.SetSummary;
import id.simak.web.ApiException;
import id.simak.web.Flash;

/**
 * The teacher's page: add an article by pasting or uploading it (and land on its draft questions), see their
 * articles and question sets with status and counts, delete their articles, promote accounts.
 */
@Path("/guru")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("TEACHER")
public class TeacherPage {

    @Inject
    ArticleService articles;

    @Inject
    AccountService accounts;

    @Inject
    Viewer viewer;

    @Inject
    SetService sets;

    /** What the teacher typed into the article form, shown again when it has an error. */
    public record ArticleForm(String title, String source, String text) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance teacher(ArticleForm form, Map<String, String> errors, List<Article> articles,
                List<Account> accounts, String flash, List<SetSummary> sets, String setFlash);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page(@QueryParam("pesan") String flash) {
        return page(new ArticleForm("", "", ""), Map.of(), flash);
    }

    @POST
    @Path("artikel")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response addArticle(@RestForm String title, @RestForm String source, @RestForm String text,
            @RestForm("file") FileUpload file) {
        ArticleForm form = new ArticleForm(nz(title), nz(source), nz(text));
        String body = text;
        try {
            if (file != null && file.size() > 0 && (text == null || text.isBlank())) {
                body = ArticleText.decodeUtf8(Files.readAllBytes(file.uploadedFile()));
            }
            Article a = articles.create(viewer.account(), title, body, source);
            return Response.seeOther(URI.create("/guru/artikel/" + a.id + "/soal?pesan=article_created")).build();
        } catch (CharacterCodingException e) {
            return formError(form, Map.of("file", "Berkas bukan teks UTF-8 yang sah."));
        } catch (IOException e) {
            return formError(form, Map.of("file", "Berkas tidak dapat dibaca."));
        } catch (ApiException e) {
            String field = e.errors().isEmpty() ? "text" : e.errors().get(0).field();
            return formError(form, Map.of(field, e.getMessage()));
        }
    }

    @POST
    @Path("artikel/{id}/hapus")
    @Operation(hidden = true)
    public Response deleteArticle(@PathParam("id") long id) {
        articles.delete(viewer.account(), id);
        return Response.seeOther(URI.create("/guru?pesan=article_deleted")).build();
    }

    @POST
    @Path("akun/{username}/guru")
    @Operation(hidden = true)
    public Response makeTeacher(@PathParam("username") String username) {
        accounts.changeRole(viewer.account(), username, Role.TEACHER, null);
        return Response.seeOther(URI.create("/guru?pesan=teacher_role_changed")).build();
    }

    private Response formError(ArticleForm form, Map<String, String> errors) {
        return Response.status(400).entity(page(form, errors, null)).build();
    }

    private TemplateInstance page(ArticleForm form, Map<String, String> errors, String flash) {
        String setFlash = "set_deleted".equals(flash) ? "flash_set_deleted" : null;
        return Templates.teacher(form, errors, Article.ownedBy(viewer.account()), Account.listByName(),
                Flash.message(flash), sets.ownedBy(viewer.account()), setFlash);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
