package id.simak.quiz;

import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import id.simak.account.Viewer;
import id.simak.quiz.QuizViews.AnswerResult;
import id.simak.quiz.QuizViews.AttemptView;
import id.simak.web.ApiException;

/** A learner's attempts: read one, answer its questions one at a time, retry the wrong ones. Owner only. */
@Path("/api/attempts")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "basic")
@Tag(name = "Kuis")
public class AttemptResource {

    @Inject
    QuizService quizzes;

    @Inject
    Viewer viewer;

    /** One answer: the question and the response (see QuestionType for its shape), and the time it took. */
    public record AnswerInput(
            @Schema(description = "id soal dalam percobaan ini", required = true) Long questionId,
            @Schema(description = "MULTIPLE_CHOICE/TRUE_FALSE: satu pilihan; MULTIPLE_RESPONSE: semua pilihan yang "
                    + "dipilih; CLOZE: satu jawaban yang diketik; MATCHING: satu pilihan untuk setiap item, berurutan; "
                    + "ORDERING: semua pilihan dalam urutan yang dijawab", required = true) List<String> response,
            @Schema(description = "lama menjawab dalam milidetik (0–86400000)") Long timeMs) {}

    @GET
    @Path("{id}")
    @Operation(summary = "Satu percobaan milik murid ini",
            description = "Soal yang sudah dijawab membawa feedback (jawaban murid, benar/salah, jawaban benar, "
                    + "penjelasan, kalimat bukti); soal yang belum dijawab tidak (feedback null).")
    @APIResponse(responseCode = "200", description = "Percobaan")
    @APIResponse(responseCode = "401", description = "Belum masuk")
    @APIResponse(responseCode = "403", description = "Percobaan milik murid lain")
    @APIResponse(responseCode = "404", description = "Percobaan tidak ada")
    public AttemptView get(@PathParam("id") long id) {
        return quizzes.attempt(viewer.account(), id);
    }

    @POST
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Jawab satu soal",
            description = "Menyimpan jawaban sekali untuk setiap soal dan langsung memberi umpan balik: correct, "
                    + "answer, explanation, evidence {sentence, text, articleId}.")
    @APIResponse(responseCode = "200", description = "Jawaban disimpan, dengan umpan baliknya",
            content = @Content(schema = @Schema(implementation = AnswerResult.class)))
    @APIResponse(responseCode = "400", description = "Jawaban tidak sesuai bentuk soal (pilihan tak dikenal, "
            + "butir kurang, soal bukan bagian dari percobaan)")
    @APIResponse(responseCode = "401", description = "Belum masuk")
    @APIResponse(responseCode = "403", description = "Percobaan milik murid lain")
    @APIResponse(responseCode = "404", description = "Percobaan tidak ada")
    @APIResponse(responseCode = "409", description = "Soal ini sudah dijawab; tidak ada yang berubah")
    public AnswerResult answer(@PathParam("id") long id, AnswerInput input) {
        if (input == null) {
            throw ApiException.badRequest("Kirim JSON {\"questionId\", \"response\": [...], \"timeMs\"}.");
        }
        if (input.questionId() == null) {
            throw ApiException.invalid("questionId", "questionId wajib diisi.");
        }
        return quizzes.answer(viewer.account(), id, input.questionId(), input.response(), input.timeMs());
    }

    @POST
    @Path("{id}/retry-wrong")
    @Operation(summary = "Ulangi yang salah",
            description = "Percobaan baru berisi hanya soal yang dijawab salah dalam percobaan yang sudah selesai ini "
                    + "(201); bila percobaan ulang itu sudah ada dan belum selesai, percobaan itu (200).")
    @APIResponse(responseCode = "201", description = "Percobaan ulang",
            content = @Content(schema = @Schema(implementation = AttemptView.class)))
    @APIResponse(responseCode = "200", description = "Percobaan ulang yang belum selesai",
            content = @Content(schema = @Schema(implementation = AttemptView.class)))
    @APIResponse(responseCode = "401", description = "Belum masuk")
    @APIResponse(responseCode = "403", description = "Percobaan milik murid lain")
    @APIResponse(responseCode = "404", description = "Percobaan tidak ada")
    @APIResponse(responseCode = "409", description = "Percobaan belum selesai, atau tidak ada jawaban yang salah")
    public Response retryWrong(@PathParam("id") long id) {
        return started(quizzes.retryWrong(viewer.account(), id));
    }

    static Response started(QuizService.Started s) {
        if (s.created()) {
            return Response.created(QuizResource.attemptUri(s.attempt().id())).entity(s.attempt()).build();
        }
        return Response.ok(s.attempt()).location(QuizResource.attemptUri(s.attempt().id())).build();
    }
}
