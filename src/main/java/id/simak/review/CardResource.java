package id.simak.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import id.simak.web.ApiException;

/** A learner's flashcards: one card with its answer, adding a whole set, adding a word from the reader. */
@Path("/api/cards")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "LEARNER", "TEACHER" })
@SecurityRequirement(name = "basic")
@Tag(name = "Kartu", description = "Kartu hafalan murid")
public class CardResource {

    @Inject
    ReviewService reviews;

    @Inject
    VocabularyCards vocabulary;

    @Inject
    SecurityIdentity identity;

    /**
     * A word to keep as a card.
     *
     * @param sentence optional: the index of the sentence the word was read in (the first one holding it
     *                 otherwise)
     */
    public record WordRequest(Long articleId, String word, Integer sentence) {
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Satu kartu dengan jawabannya",
            description = "Sisi depan seperti di /api/reviews/due, ditambah `back`: jawaban, penjelasan dan kalimat "
                    + "bukti (kartu soal) atau kata dasar dan sinonim (kartu kata).")
    @APIResponse(responseCode = "404", description = "Kartu tidak ada atau milik murid lain")
    public CardView card(@PathParam("id") long id) {
        return reviews.card(ReviewResource.Current.account(identity).id, id);
    }

    @POST
    @Path("sets/{setId}")
    @Operation(summary = "Tambahkan semua soal sebuah set ke kartu",
            description = "Set yang sudah diterbitkan, atau set milik guru sendiri. Hanya soal yang jawabannya sudah "
                    + "boleh dilihat: yang sudah dijawab murid di kuis, semua soal bila tenggat tugas set itu di "
                    + "kelasnya sudah lewat dan tidak ada percobaan yang belum selesai, atau semua soal set milik "
                    + "sendiri. Soal yang sudah menjadi kartu dilewati. Jawaban: {setId, added, total, withheld}.")
    @APIResponse(responseCode = "200", description = "Jumlah kartu yang ditambahkan")
    @APIResponse(responseCode = "403", description = "Set belum diterbitkan dan bukan milik Anda")
    @APIResponse(responseCode = "404", description = "Set tidak ada")
    public ReviewService.Added addSet(@PathParam("setId") long setId) {
        return reviews.addSet(ReviewResource.Current.account(identity), setId);
    }

    @POST
    @Path("words")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Menjadikan kata artikel kartu kosakata",
            description = "Kartu kata: kata dalam kalimatnya di depan, kata dasar dan sinonim di belakang. "
                    + "Satu kartu per kata: kata yang sudah ada dijawab dengan kartunya (200), kartu baru 201.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "kata",
            value = "{\"articleId\": 1, \"word\": \"meningkatkan\"}")))
    @APIResponse(responseCode = "201", description = "Kartu dibuat")
    @APIResponse(responseCode = "200", description = "Kata ini sudah menjadi kartu")
    @APIResponse(responseCode = "400", description = "Bukan satu kata, atau kata tidak ada di artikel")
    @APIResponse(responseCode = "404", description = "Artikel tidak ada")
    public Response addWord(WordRequest request) {
        if (request == null || request.articleId() == null) {
            throw ApiException.invalid("articleId", "articleId wajib diisi.");
        }
        VocabularyCards.AddedWord added = vocabulary.add(ReviewResource.Current.account(identity).id,
                request.articleId(), request.word(), request.sentence());
        return Response.status(added.created() ? 201 : 200).entity(added.card()).build();
    }
}
