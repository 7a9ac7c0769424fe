package id.simak.review;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import id.simak.web.Paging;

/**
 * A learner's flashcards: her cards a page at a time, one card with its answer, adding a whole set or a word from
 * the reader, and managing a card (suspend, resume, reset, delete, a note).
 */
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
    CardBrowser browser;

    @Inject
    SecurityIdentity identity;

    /** One page of the learner's cards ({@code page}, 1-based, of {@code size}) out of {@code total}. */
    public record CardPage(List<CardBrowser.Listed> cards, String state, String q, int page, int size, long total) {
    }

    /** The learner's note on a card; empty or blank removes it. */
    public record NoteRequest(String note) {
    }

    /** The sides of a word card: the word on its front, its root and synonyms on its back. */
    public record WordSides(String word, String root, List<String> synonyms) {
    }

    @GET
    @Operation(summary = "Kartu milik sendiri, per halaman",
            description = "Hanya kartu pelajar itu, terbaru dulu, tanpa jawaban (hanya sisi depan: soal atau kata, "
                    + "artikel asalnya, keadaan, jatuh tempo, catatan sendiri). ?state= all (bawaan), due (sudah "
                    + "pernah diulas dan jatuh tempo), new (belum pernah diulas), learning, review, suspended "
                    + "(ditangguhkan). ?q= mencari di kata, soal, catatan dan judul artikel (tanpa membedakan huruf "
                    + "besar-kecil, paling panjang 100 karakter). ?page= (mulai dari 1) dan ?size= (1–"
                    + Paging.MAX_SIZE + ", bawaan " + Paging.DEFAULT_SIZE + "); page, size dan total ada di jawaban.")
    @APIResponse(responseCode = "200", description = "Satu halaman kartu")
    @APIResponse(responseCode = "400", description = "page, size, state atau q tidak sah")
    public CardPage list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("state") String state, @QueryParam("q") String q) {
        Paging paging = Paging.api(page, size);
        CardBrowser.State s = CardBrowser.State.parse(state);
        Paging.Slice<CardBrowser.Listed> slice = browser.list(me(), s, q, paging);
        return new CardPage(slice.items(), s.code(), q == null ? "" : q.strip(), slice.page(), slice.size(),
                slice.total());
    }

    @POST
    @Path("{id}/suspend")
    @Operation(summary = "Menangguhkan kartu", description = "Kartu tidak muncul lagi di ulasan sampai dilanjutkan; "
            + "jadwalnya disimpan.")
    @APIResponse(responseCode = "204", description = "Ditangguhkan")
    @APIResponse(responseCode = "404", description = "Kartu tidak ada atau milik pelajar lain")
    public void suspend(@PathParam("id") long id) {
        browser.suspend(me(), id);
    }

    @POST
    @Path("{id}/resume")
    @Operation(summary = "Melanjutkan kartu yang ditangguhkan", description = "Kartu kembali ke ulasan sesuai "
            + "jadwalnya.")
    @APIResponse(responseCode = "204", description = "Dilanjutkan")
    @APIResponse(responseCode = "404", description = "Kartu tidak ada atau milik pelajar lain")
    public void resume(@PathParam("id") long id) {
        browser.resume(me(), id);
    }

    @POST
    @Path("{id}/reset")
    @Operation(summary = "Menjadikan kartu baru lagi", description = "Kartu dijadwalkan ulang seperti belum pernah "
            + "diulas; riwayat ulasannya tetap ada.")
    @APIResponse(responseCode = "204", description = "Kartu menjadi baru")
    @APIResponse(responseCode = "404", description = "Kartu tidak ada atau milik pelajar lain")
    public void reset(@PathParam("id") long id) {
        browser.reset(me(), id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Menghapus kartu", description = "Kartu dan riwayat ulasannya dihapus.")
    @APIResponse(responseCode = "204", description = "Dihapus")
    @APIResponse(responseCode = "404", description = "Kartu tidak ada atau milik pelajar lain")
    public void delete(@PathParam("id") long id) {
        browser.delete(me(), id);
    }

    @PUT
    @Path("{id}/note")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Catatan sendiri pada kartu", description = "Misalnya arti kata; tampil di sisi belakang "
            + "kartu saat diulas. Paling panjang " + Card.NOTE_LENGTH + " karakter; kosong menghapusnya.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "catatan",
            value = "{\"note\": \"meningkatkan = menaikkan\"}")))
    @APIResponse(responseCode = "204", description = "Disimpan")
    @APIResponse(responseCode = "400", description = "Catatan terlalu panjang atau berisi karakter terlarang")
    @APIResponse(responseCode = "404", description = "Kartu tidak ada atau milik pelajar lain")
    public void note(@PathParam("id") long id, NoteRequest request) {
        browser.note(me(), id, request == null ? null : request.note());
    }

    @PUT
    @Path("{id}/word")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mengubah sisi kartu kata", description = "Kata di depan kartu (wajib), kata dasar dan "
            + "sinonim di belakangnya (paling banyak " + CardBrowser.MAX_SYNONYMS + "), masing-masing satu baris paling "
            + "panjang 100 karakter. Menjawab kartu dengan sisi belakangnya. Jadwal kartu tidak berubah.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "kata",
            value = "{\"word\": \"meningkatkan\", \"root\": \"tingkat\", \"synonyms\": [\"menaikkan\"]}")))
    @APIResponse(responseCode = "200", description = "Disimpan; kartu dengan sisi belakangnya")
    @APIResponse(responseCode = "400", description = "Isian salah (errors[] menyebut field-nya)")
    @APIResponse(responseCode = "404", description = "Kartu tidak ada atau milik pelajar lain")
    @APIResponse(responseCode = "409", description = "Kartu soal, atau kata itu sudah ada di kartu lain")
    public CardView editWord(@PathParam("id") long id, WordSides request) {
        if (request == null) {
            throw ApiException.badRequest("Kirim {\"word\", \"root\", \"synonyms\"}.");
        }
        browser.editWord(me(), id, request.word(), request.root(), request.synonyms());
        return reviews.card(me(), id);
    }

    private long me() {
        return ReviewResource.Current.id(identity);
    }

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
        return reviews.card(ReviewResource.Current.id(identity), id);
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
        VocabularyCards.AddedWord added = vocabulary.add(ReviewResource.Current.id(identity),
                request.articleId(), request.word(), request.sentence());
        return Response.status(added.created() ? 201 : 200).entity(added.card()).build();
    }
}
