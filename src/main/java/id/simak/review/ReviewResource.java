package id.simak.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.identity.SecurityIdentity;

import id.simak.account.Account;
import id.simak.account.SignedIn;
import id.simak.srs.Rating;
import id.simak.web.ApiException;
import id.simak.web.Paging;
import id.simak.web.Problem;

/** The learner's daily review through the API: what is due, rating a card, undoing the last rating. */
@Path("/api/reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "LEARNER", "TEACHER" })
@SecurityRequirement(name = "basic")
@Tag(name = "Ulasan", description = "Ulasan kartu harian (FSRS-6)")
public class ReviewResource {

    static final int MAX_CLIENT_ID = 64;
    static final long MAX_DURATION_MS = 24L * 3600 * 1000;

    @Inject
    ReviewService reviews;

    @Inject
    SecurityIdentity identity;

    /**
     * The day's session as the API answers it: one page ({@code page}, 1-based, of {@code size}) of the
     * session's cards in their order, out of {@code total}.
     */
    public record Due(Instant now, int dueCount, int newCount, long newToday, int newPerDay, Instant nextDue,
            List<CardView> cards, int page, int size, long total) {
    }

    /**
     * A review sent by a client.
     *
     * @param rating AGAIN, HARD, GOOD, EASY (any case) or 1 to 4
     */
    public record ReviewRequest(
            @Schema(required = true, description = "Kartu yang dinilai") Long cardId,
            @Schema(required = true, description = "AGAIN, HARD, GOOD, EASY (huruf besar atau kecil) atau 1–4",
                    oneOf = { String.class, Integer.class }, example = "GOOD") JsonNode rating,
            @Schema(description = "Lama menjawab dalam milidetik (0–86400000)", example = "5200") Long durationMs,
            @Schema(description = "Pengenal ulasan dari klien (maks. 64 karakter): dikirim dua kali, dihitung sekali",
                    example = "6f1c2a") String clientReviewId) {
    }

    @GET
    @Path("due")
    @Operation(summary = "Kartu sesi hari ini",
            description = "Kartu yang jatuh tempo dahulu (retrievability terendah dahulu), lalu kartu baru sampai "
                    + "batas harian, diselang-seling menurut keterampilan dan artikel. Hanya sisi depan: prompt, "
                    + "pilihan (soal pilihan), kata dan kalimatnya (kartu kata), serta `intervals` (detik sampai "
                    + "jatuh tempo berikutnya untuk setiap nilai). Jawaban (`back`) ada di GET /api/cards/{id}. "
                    + "Per halaman: ?page= (mulai dari 1) dan ?size= (1–" + Paging.MAX_SIZE + ", bawaan "
                    + Paging.DEFAULT_SIZE + "); page, size dan total (semua kartu sesi) ada di jawaban.")
    @APIResponse(responseCode = "400", description = "page atau size bukan bilangan dalam batasnya")
    public Due due(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.api(page, size);
        ReviewService.Session s = reviews.session(Current.id(identity), paging);
        return new Due(s.now(), s.dueCount(), s.newCount(), s.newToday(), s.newPerDay(), s.nextDue(), s.cards(),
                paging.page(), paging.size(), s.total());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Menilai satu kartu",
            description = "rating: AGAIN|HARD|GOOD|EASY atau 1–4. clientReviewId (opsional, maks. 64 karakter) "
                    + "membuat pengiriman ulang aman: clientReviewId yang sama dihitung sekali dan dijawab dengan "
                    + "hasil pertama. Jawaban: status sebelum dan sesudah ulasan.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "baik",
            value = "{\"cardId\": 1, \"rating\": \"GOOD\", \"durationMs\": 5200, \"clientReviewId\": \"a1b2\"}")))
    @APIResponse(responseCode = "200", description = "Ulasan dicatat (atau sudah dicatat dengan clientReviewId ini)")
    @APIResponse(responseCode = "400", description = "Kartu, nilai, durasi atau clientReviewId tidak sah")
    @APIResponse(responseCode = "404", description = "Kartu tidak ada atau milik murid lain")
    @APIResponse(responseCode = "409", description = "clientReviewId sudah dipakai untuk kartu lain")
    public ReviewService.Outcome review(ReviewRequest request) {
        if (request == null) {
            throw ApiException.badRequest("Kirim {\"cardId\", \"rating\", \"durationMs\", \"clientReviewId\"}.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.cardId() == null) {
            errors.add(new Problem.FieldError("cardId", "cardId wajib diisi."));
        }
        Rating rating = parseRating(request.rating());
        if (rating == null) {
            errors.add(new Problem.FieldError("rating", "Nilai harus AGAIN, HARD, GOOD, EASY atau 1–4."));
        }
        long duration = request.durationMs() == null ? 0 : request.durationMs();
        if (duration < 0 || duration > MAX_DURATION_MS) {
            errors.add(new Problem.FieldError("durationMs", "Durasi harus antara 0 dan 86400000 milidetik."));
        }
        String clientId = request.clientReviewId() == null || request.clientReviewId().isBlank() ? null
                : request.clientReviewId().strip();
        if (clientId != null && clientId.length() > MAX_CLIENT_ID) {
            errors.add(new Problem.FieldError("clientReviewId", "clientReviewId paling panjang 64 karakter."));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "Data tidak valid", "Periksa isian yang ditandai.", errors);
        }
        return reviews.review(Current.id(identity), request.cardId(), rating, duration, clientId);
    }

    @POST
    @Path("undo")
    @Operation(summary = "Membatalkan ulasan terakhir",
            description = "Mengembalikan kartu ke status sebelum ulasan terakhir dan menghapus catatannya. "
                    + "Jawaban: kartu itu (sisi depan).")
    @APIResponse(responseCode = "200", description = "Ulasan dibatalkan")
    @APIResponse(responseCode = "409", description = "Tidak ada ulasan yang bisa dibatalkan")
    public CardView undo() {
        return reviews.undo(Current.id(identity));
    }

    /** AGAIN..EASY in any case, or 1..4 as a number or a text; null otherwise. */
    static Rating parseRating(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            int grade = node.asInt();
            return grade >= 1 && grade <= 4 ? Rating.ofGrade(grade) : null;
        }
        if (node.isTextual()) {
            String text = node.asText().strip().toUpperCase(Locale.ROOT);
            if (text.matches("[1-4]")) {
                return Rating.ofGrade(Integer.parseInt(text));
            }
            for (Rating r : Rating.values()) {
                if (r.name().equals(text)) {
                    return r;
                }
            }
        }
        return null;
    }

    /** The signed-in account. */
    static final class Current {
        private Current() {
        }

        /** The signed-in account's id, as read when the request was authenticated when it was (an API token). */
        static long id(SecurityIdentity identity) {
            SignedIn s = SignedIn.of(identity);
            return s != null ? s.id() : account(identity).id;
        }

        static Account account(SecurityIdentity identity) {
            Account a = identity.isAnonymous() ? null : Account.findByUsername(identity.getPrincipal().getName());
            if (a == null) {
                throw new io.quarkus.security.UnauthorizedException();
            }
            return a;
        }
    }
}
