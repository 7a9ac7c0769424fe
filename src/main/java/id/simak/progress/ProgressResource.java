package id.simak.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.simak.account.Account;
import id.simak.account.Viewer;
import id.simak.review.PersonalParameters;
import id.simak.web.ApiException;

/** The signed-in learner's progress figures, and fitting their own FSRS parameters. */
@Path("/api/progress")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "LEARNER", "TEACHER" })
@SecurityRequirement(name = "basic")
@Tag(name = "Kemajuan", description = "Kemajuan belajar: ulasan, retensi, perkiraan, penguasaan, skor")
public class ProgressResource {

    @Inject
    ProgressService progress;

    @Inject
    PersonalParameters personal;

    @Inject
    Viewer viewer;

    @GET
    @Operation(summary = "Kemajuan saya",
            description = "Hari ini (jatuh tempo, kartu baru yang masih tersedia, selesai), hari beruntun, ulasan per "
                    + "hari (30 hari terakhir), retensi sejati per minggu (ulasan kartu berfase REVIEW yang tidak "
                    + "dinilai Lagi), perkiraan kartu jatuh tempo (30 hari ke depan), penguasaan per keterampilan, "
                    + "riwayat skor per set, sepuluh kartu dengan peluang ingat terendah, dan parameter FSRS pribadi. "
                    + "Hari dimulai pukul 04.00 waktu murid.")
    public ProgressService.View get() {
        return progress.view(viewer.requiredId());
    }

    @POST
    @Path("parameters")
    @Operation(summary = "Sesuaikan parameter FSRS saya",
            description = "Menyesuaikan 21 parameter FSRS-6 dengan riwayat ulasan sendiri (minimal 400 ulasan). "
                    + "Parameter lama dipertahankan bila yang baru tidak lebih baik (log loss pada riwayat).")
    @APIResponse(responseCode = "200", description = "Hasil penyesuaian")
    @APIResponse(responseCode = "409", description = "Ulasan belum cukup")
    public PersonalParameters.Fit fit() {
        long owner = me().id;
        PersonalParameters.Fit fit = personal.fitNow(owner);
        if (!fit.ran()) {
            throw ApiException.conflict("Parameter pribadi baru bisa disesuaikan setelah " + personal.fitAfter()
                    + " ulasan; Anda baru punya " + fit.reviews() + ".");
        }
        return fit;
    }

    private Account me() {
        return viewer.required();
    }
}
