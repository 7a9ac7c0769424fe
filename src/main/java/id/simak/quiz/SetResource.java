package id.simak.quiz;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.simak.account.Viewer;
import id.simak.quiz.SetService.QuestionView;
import id.simak.quiz.SetService.SetDetail;
import id.simak.quiz.SetService.SetSummary;
import id.simak.web.ApiException;
import id.simak.web.Paging;

/** The authoring API: a teacher's question sets and their questions, with answers; for the set's teacher only. */
@Path("/api/sets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("TEACHER")
@SecurityRequirement(name = "basic")
@Tag(name = "Set soal", description = "Menyusun set soal (hanya guru pemilik set)")
@APIResponse(responseCode = "401", description = "Belum masuk")
@APIResponse(responseCode = "403", description = "Bukan guru, atau set milik guru lain")
public class SetResource {

    @Inject
    SetService sets;

    @Inject
    Viewer viewer;

    /** A new set: the article it asks about and its title. */
    public record NewSet(Long articleId, String title) {}

    /** A new title. */
    public record Title(String title) {}

    /** The new order: every question id of the set once. */
    public record Order(List<Long> questionIds) {}

    @GET
    @Operation(summary = "Set soal saya", description = "Set yang saya buat dan rancangan otomatis artikel saya, "
            + "dengan jumlah soal dan jumlah yang sudah diterima. Dengan ?articleId=: set artikel itu yang boleh "
            + "saya kelola, termasuk rancangan otomatisnya (juga untuk artikel dari seeds/).")
    @APIResponse(responseCode = "404", description = "Artikel tidak ada")
    public List<SetSummary> list(@QueryParam("articleId") Long articleId) {
        return articleId == null ? sets.ownedBy(viewer.account()) : sets.ofArticle(viewer.account(), articleId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Buat set kosong untuk sebuah artikel")
    @APIResponse(responseCode = "201", description = "Set dibuat")
    @APIResponse(responseCode = "400", description = "Artikel tidak ada atau judul kosong/terlalu panjang")
    public Response create(NewSet input) {
        if (input == null) {
            throw ApiException.badRequest("Kirim JSON {\"articleId\", \"title\"}.");
        }
        SetSummary s = sets.create(viewer.account(), input.articleId(), input.title());
        return Response.created(URI.create("/api/sets/" + s.id())).entity(s).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Satu set dengan soal dan jawabannya, per halaman",
            description = "?page= (mulai dari 1, bawaan 1) dan ?size= (1 sampai " + Paging.MAX_SIZE + ", bawaan "
                    + Paging.DEFAULT_SIZE + "): questions memuat soal halaman itu; page, size dan total (jumlah "
                    + "semua soal set) ada di jawaban.")
    @APIResponse(responseCode = "400", description = "page atau size bukan bilangan dalam batasnya")
    @APIResponse(responseCode = "404", description = "Set tidak ada")
    public SetDetail get(@PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.api(page, size);
        return sets.detail(viewer.account(), id, paging);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ganti judul set")
    @APIResponse(responseCode = "400", description = "Judul kosong atau terlalu panjang")
    public SetSummary rename(@PathParam("id") long id, Title input) {
        return sets.rename(viewer.account(), id, input == null ? null : input.title());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Hapus set buatan guru", description = "Rancangan otomatis sebuah artikel tidak dapat dihapus (409).")
    @APIResponse(responseCode = "204", description = "Dihapus")
    @APIResponse(responseCode = "409", description = "Rancangan otomatis")
    public Response delete(@PathParam("id") long id) {
        sets.delete(viewer.account(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tambah soal", description = "Isi: type, skill, prompt, items, choices, answer (daftar), "
            + "explanation, evidenceSentence (indeks kalimat artikel). Soal tambahan guru langsung berstatus diterima.")
    @APIResponse(responseCode = "201", description = "Soal ditambahkan")
    @APIResponse(responseCode = "400", description = "Soal tidak valid: errors[] menyebut setiap isian")
    @APIResponse(responseCode = "409", description = "Set sudah terbit")
    public Response addQuestion(@PathParam("id") long id, QuestionForm form) {
        QuestionView q = sets.addQuestion(viewer.account(), id, form);
        return Response.created(URI.create("/api/sets/" + id + "/questions/" + q.id())).entity(q).build();
    }

    /** The key of a question of the article's bank to add to a set. */
    public record BankChoice(String key) {}

    @POST
    @Path("{id}/questions/from-bank")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tambah soal dari bank artikel", description = "Isi: {\"key\"}, kunci soal dari "
            + "GET /api/articles/{articleId}/questions?scope=bank. Soal ditambahkan di akhir set, berstatus diterima.")
    @APIResponse(responseCode = "201", description = "Soal ditambahkan")
    @APIResponse(responseCode = "400", description = "Kunci soal kosong")
    @APIResponse(responseCode = "404", description = "Soal tidak ada di bank (atau sudah ada di set)")
    @APIResponse(responseCode = "409", description = "Set sudah terbit")
    public Response addFromBank(@PathParam("id") long id, BankChoice choice) {
        QuestionView q = sets.addFromBank(viewer.account(), id, choice == null ? null : choice.key());
        return Response.created(URI.create("/api/sets/" + id + "/questions/" + q.id())).entity(q).build();
    }

    @PUT
    @Path("{id}/questions/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ubah soal", description = "Menyimpan perubahan juga menandai soal sebagai diterima.")
    @APIResponse(responseCode = "400", description = "Soal tidak valid: errors[] menyebut setiap isian")
    @APIResponse(responseCode = "404", description = "Soal tidak ada di set ini")
    @APIResponse(responseCode = "409", description = "Set sudah terbit")
    public QuestionView updateQuestion(@PathParam("id") long id, @PathParam("questionId") long questionId,
            QuestionForm form) {
        return sets.updateQuestion(viewer.account(), id, questionId, form);
    }

    @DELETE
    @Path("{id}/questions/{questionId}")
    @Operation(summary = "Hapus soal")
    @APIResponse(responseCode = "204", description = "Dihapus")
    @APIResponse(responseCode = "409", description = "Set sudah terbit")
    public Response deleteQuestion(@PathParam("id") long id, @PathParam("questionId") long questionId) {
        sets.deleteQuestion(viewer.account(), id, questionId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/questions/{questionId}/accept")
    @Operation(summary = "Terima soal (tandai sudah diperiksa)")
    @APIResponse(responseCode = "409", description = "Set sudah terbit")
    public QuestionView accept(@PathParam("id") long id, @PathParam("questionId") long questionId) {
        return sets.accept(viewer.account(), id, questionId);
    }

    @PUT
    @Path("{id}/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Urutkan soal", description = "questionIds: setiap soal set ini tepat satu kali, dalam urutan baru.")
    @APIResponse(responseCode = "400", description = "Daftar tidak memuat setiap soal tepat satu kali")
    @APIResponse(responseCode = "409", description = "Set sudah terbit")
    public SetDetail reorder(@PathParam("id") long id, Order order) {
        return sets.reorder(viewer.account(), id, order == null ? null : order.questionIds());
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Terbitkan set", description = "Murid melihat set terbit di daftar kuis. Set perlu paling "
            + "sedikit satu soal, dan setiap soal harus valid.")
    @APIResponse(responseCode = "409", description = "Set kosong atau ada soal yang tidak valid")
    public SetSummary publish(@PathParam("id") long id) {
        return sets.publish(viewer.account(), id);
    }

    @POST
    @Path("{id}/unpublish")
    @Operation(summary = "Batalkan penerbitan", description = "Set kembali menjadi rancangan dan dapat diubah lagi. "
            + "Set yang ditugaskan ke kelas hanya dibatalkan bila assignments menyebut apa yang terjadi pada tugasnya: "
            + "withdraw (tugas tetap, murid melihatnya sebagai ditarik sampai set terbit lagi) atau remove (tugas "
            + "dihapus dari kelasnya).")
    @APIResponse(responseCode = "400", description = "assignments bukan withdraw atau remove")
    @APIResponse(responseCode = "409", description = "Set ditugaskan ke kelas dan assignments tidak diberikan")
    public SetSummary unpublish(@PathParam("id") long id,
            @Parameter(description = "withdraw atau remove: apa yang terjadi pada tugas set ini")
            @QueryParam("assignments") String assignments) {
        return sets.unpublish(viewer.account(), id, SetService.AssignmentChoice.parse(assignments));
    }

    @POST
    @Path("{id}/regenerate")
    @Operation(summary = "Buat ulang rancangan otomatis", description = "Membuang perubahan guru pada rancangan "
            + "otomatis dan membuat soal lagi dari teks artikel sekarang. Hanya untuk rancangan otomatis yang belum terbit.")
    @APIResponse(responseCode = "409", description = "Bukan rancangan otomatis, atau sudah terbit")
    public SetDetail regenerate(@PathParam("id") long id) {
        return sets.regenerate(viewer.account(), id);
    }
}
