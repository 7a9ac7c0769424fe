package id.simak.quiz;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import id.simak.account.Viewer;
import id.simak.quiz.QuizViews.AttemptView;
import id.simak.quiz.QuizViews.QuizDetail;
import id.simak.quiz.QuizViews.QuizSummary;

/** The quizzes a learner can take (published question sets) and starting an attempt; never their answers. */
@Path("/api/quizzes")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "basic")
@Tag(name = "Kuis", description = "Mengerjakan set soal yang diterbitkan; jawaban baru terlihat setelah menjawab.")
public class QuizResource {

    @Inject
    QuizService quizzes;

    @Inject
    Viewer viewer;

    @GET
    @Operation(summary = "Daftar kuis yang diterbitkan",
            description = "Setiap set: judul, artikel, jumlah soal, skor terakhir murid ini (lastScore) dan percobaan "
                    + "yang belum selesai (unfinished).")
    @APIResponse(responseCode = "200", description = "Daftar kuis")
    @APIResponse(responseCode = "401", description = "Belum masuk")
    public List<QuizSummary> list() {
        return quizzes.published(viewer.account());
    }

    @GET
    @Path("{setId}")
    @Operation(summary = "Satu kuis dengan soal-soalnya, tanpa jawaban",
            description = "Pilihan (choices) dalam urutan yang ditampilkan kepada murid. Tidak ada answer, explanation, "
                    + "atau evidence: semua itu baru dikirim setelah soal dijawab (POST /api/attempts/{id}/answers).")
    @APIResponse(responseCode = "200", description = "Kuis tanpa jawaban")
    @APIResponse(responseCode = "401", description = "Belum masuk")
    @APIResponse(responseCode = "404", description = "Kuis tidak ada atau masih rancangan")
    public QuizDetail get(@PathParam("setId") long setId) {
        return quizzes.detail(viewer.account(), setId);
    }

    @POST
    @Path("{setId}/attempts")
    @Operation(summary = "Mulai mengerjakan kuis, atau lanjutkan percobaan yang belum selesai",
            description = "201 dengan percobaan baru; 200 dengan percobaan yang belum selesai bila ada. "
                    + "nextQuestionId adalah soal pertama yang belum dijawab.")
    @APIResponse(responseCode = "201", description = "Percobaan baru",
            content = @Content(schema = @Schema(implementation = AttemptView.class)))
    @APIResponse(responseCode = "200", description = "Percobaan yang belum selesai dilanjutkan",
            content = @Content(schema = @Schema(implementation = AttemptView.class)))
    @APIResponse(responseCode = "401", description = "Belum masuk")
    @APIResponse(responseCode = "404", description = "Kuis tidak ada atau masih rancangan")
    @APIResponse(responseCode = "409", description = "Kuis belum punya soal")
    public Response start(@PathParam("setId") long setId) {
        QuizService.Started s = quizzes.start(viewer.account(), setId);
        return AttemptResource.started(s);
    }

    static URI attemptUri(long id) {
        return URI.create("/api/attempts/" + id);
    }
}
