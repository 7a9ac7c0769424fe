package id.simak.quiz;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.simak.account.Viewer;
import id.simak.article.Article;
import id.simak.article.ArticleLookup;
import id.simak.generate.Question;
import id.simak.web.ApiException;

/** The generated draft questions of an article, with their answers: for teachers. */
@Path("/api/articles/{id}/questions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("TEACHER")
@SecurityRequirement(name = "basic")
@Tag(name = "Soal")
public class QuestionResource {

    @Inject
    QuestionDrafts drafts;

    @Inject
    ArticleLookup articles;

    @Inject
    Viewer viewer;

    @GET
    @Transactional
    @Operation(summary = "Soal rancangan atau bank soal sebuah artikel (hanya guru)",
            description = "Tanpa scope (atau scope=draft): rancangan, urut seperti rencana guru. scope=bank: setiap soal lain "
                    + "yang lolos pemeriksaan, terbaik dulu. Setiap soal: id, type, skill, prompt, items, choices, answer "
                    + "(selalu daftar), explanation, evidence {sentence, text}, paragraph (mulai 1), difficulty (EASY, "
                    + "MEDIUM, HARD), score (0–1).")
    @APIResponse(responseCode = "400", description = "scope bukan draft atau bank")
    @APIResponse(responseCode = "403", description = "Bukan guru, atau artikel milik guru lain")
    @APIResponse(responseCode = "404", description = "Artikel tidak ada")
    @APIResponse(responseCode = "409", description = "Draf soal sedang disiapkan: artikel dari seeds/ mendapat drafnya "
            + "sesaat setelah aplikasi dinyalakan; coba lagi setelah Retry-After detik")
    public List<Question> questions(@PathParam("id") long id, @QueryParam("scope") String scope) {
        boolean bank = "bank".equals(scope);
        if (scope != null && !bank && !"draft".equals(scope)) {
            throw ApiException.invalid("scope", "scope harus 'draft' atau 'bank'.");
        }
        Article article = articles.find(id);
        QuestionSet set = drafts.refresh(article);
        SetService.authorise(viewer.account(), set);
        if (bank) {
            return drafts.bank(article, set);
        }
        return set.questions.stream().map(QuizQuestion::toQuestion).toList();
    }
}
