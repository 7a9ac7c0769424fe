package id.simak.quiz;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import id.simak.article.Article;
import id.simak.web.ApiException;

/** The teacher's view of an article's generated draft: every question with its answer and evidence. */
@Path("/guru/artikel/{id}/soal")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("TEACHER")
public class QuestionPages {

    @Inject
    QuestionDrafts drafts;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance draft(Article article, List<QuizQuestion> questions);
    }

    @GET
    @Transactional
    @Operation(hidden = true)
    public TemplateInstance draft(@PathParam("id") long id) {
        Article article = Article.findById(id);
        if (article == null) {
            throw ApiException.notFound("Artikel " + id + " tidak ada.");
        }
        // The template renders after the transaction: hand it the loaded questions, not the lazy collection.
        return Templates.draft(article, List.copyOf(drafts.refresh(article).questions));
    }
}
