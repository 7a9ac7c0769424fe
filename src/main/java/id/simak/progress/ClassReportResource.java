package id.simak.progress;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.simak.account.Account;
import id.simak.account.Viewer;
import id.simak.web.Paging;

/** A class's reports for its teacher, as JSON and as CSV files. */
@Path("/api")
@RolesAllowed({ "LEARNER", "TEACHER" })
@SecurityRequirement(name = "basic")
@Tag(name = "Laporan", description = "Laporan kelas untuk guru: hasil tiap murid dan statistik tiap soal")
public class ClassReportResource {

    @Inject
    ClassReportService reports;

    @Inject
    Viewer viewer;

    @GET
    @Path("classes/{id}/report")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Laporan kelas",
            description = "Untuk tiap murid kelas: percobaan pada tiap set yang ditugaskan (skor terbaik dan terakhir, "
                    + "selesai tepat waktu atau terlambat menurut tenggat, belum selesai, belum mulai; hanya "
                    + "percobaan seluruh set, bukan \"ulangi yang salah\"), ulasan (7 hari terakhir dan total), dan "
                    + "retensi prediksi (rata-rata peluang ingat kartu yang pernah diulas, menurut FSRS dengan "
                    + "parameter murid itu). Hanya guru pemilik kelas. Murid per halaman: ?page= (mulai dari 1) dan "
                    + "?size= (1–" + Paging.MAX_SIZE + ", bawaan " + Paging.DEFAULT_SIZE + "); page, size dan total "
                    + "(semua murid) ada di jawaban. CSV memuat semua murid.")
    @APIResponse(responseCode = "200", description = "Laporan kelas")
    @APIResponse(responseCode = "400", description = "page atau size bukan bilangan dalam batasnya")
    @APIResponse(responseCode = "403", description = "Bukan guru pemilik kelas")
    @APIResponse(responseCode = "404", description = "Kelas tidak ada")
    public ReportPage report(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        ClassReportService.ReportPage p = reports.report(me(), id, Paging.api(page, size));
        ClassReportService.ClassReport r = p.report();
        return new ReportPage(r.classId(), r.className(), r.generatedAt(), r.sets(), r.learners(), p.page(), p.size(),
                p.total());
    }

    /** The class report with one page of its learners ({@code page}, 1-based, of {@code size}) out of {@code total}. */
    public record ReportPage(long classId, String className, OffsetDateTime generatedAt,
            List<ClassReportService.AssignedSet> sets, List<ClassReportService.LearnerRow> learners, int page, int size,
            long total) {
    }

    @GET
    @Path("classes/{id}/report.csv")
    @Produces(ClassReportCsv.MEDIA_TYPE)
    @Operation(summary = "Laporan kelas sebagai CSV",
            description = "Satu baris per murid dan set yang ditugaskan. UTF-8 dengan BOM, dipisah koma, setiap "
                    + "kolom dalam tanda kutip (RFC 4180).")
    @APIResponse(responseCode = "200", description = "Berkas CSV")
    @APIResponse(responseCode = "403", description = "Bukan guru pemilik kelas")
    public Response reportCsv(@PathParam("id") long id) {
        return csv(ClassReportCsv.classReport(reports.report(me(), id)), "laporan-kelas-" + id + ".csv");
    }

    @GET
    @Path("classes/{id}/report.xlsx")
    @Produces(ClassReportWorkbook.MEDIA_TYPE)
    @Operation(summary = "Laporan kelas sebagai Excel (.xlsx)",
            description = "Isi dan label sama dengan CSV; bilangan, persen dan waktu tersimpan sebagai angka dan "
                    + "tanggal yang dibaca lembar kerja.")
    @APIResponse(responseCode = "200", description = "Buku kerja Excel")
    @APIResponse(responseCode = "403", description = "Bukan guru pemilik kelas")
    public Response reportXlsx(@PathParam("id") long id) {
        return xlsx(ClassReportWorkbook.classReport(reports.report(me(), id)), "laporan-kelas-" + id + ".xlsx");
    }

    @GET
    @Path("classes/{id}/report/sets/{setId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Statistik soal sebuah set di kelas",
            description = "Untuk tiap soal set yang ditugaskan, atas jawaban murid kelas pada percobaan pertama "
                    + "(bukan \"ulangi yang salah\"): proporsi benar, jawaban salah yang paling sering dipilih "
                    + "(pilihan; untuk isian: jawaban salah yang paling sering diketik, dinormalkan), daya beda "
                    + "(proporsi benar sepertiga atas dikurangi sepertiga bawah menurut skor total pada set; kosong "
                    + "bila kurang dari 3 murid menjawab), dan median waktu dalam detik. Soal per halaman: ?page= "
                    + "(mulai dari 1) dan ?size= (1–" + Paging.MAX_SIZE + ", bawaan " + Paging.DEFAULT_SIZE + "); "
                    + "page, size dan total (semua soal) ada di jawaban. CSV memuat semua soal.")
    @APIResponse(responseCode = "200", description = "Statistik soal")
    @APIResponse(responseCode = "400", description = "page atau size bukan bilangan dalam batasnya")
    @APIResponse(responseCode = "403", description = "Bukan guru pemilik kelas")
    @APIResponse(responseCode = "404", description = "Kelas tidak ada atau set tidak ditugaskan ke kelas ini")
    public ClassReportService.SetReport setReport(@PathParam("id") long id, @PathParam("setId") long setId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return reports.setReport(me(), id, setId, Paging.api(page, size));
    }

    @GET
    @Path("classes/{id}/report/sets/{setId}.csv")
    @Produces(ClassReportCsv.MEDIA_TYPE)
    @Operation(summary = "Statistik soal sebagai CSV", description = "Satu baris per soal dengan statistiknya.")
    @APIResponse(responseCode = "200", description = "Berkas CSV")
    @APIResponse(responseCode = "403", description = "Bukan guru pemilik kelas")
    @APIResponse(responseCode = "404", description = "Kelas tidak ada atau set tidak ditugaskan ke kelas ini")
    public Response setReportCsv(@PathParam("id") long id, @PathParam("setId") long setId) {
        return csv(ClassReportCsv.setReport(reports.setReport(me(), id, setId)),
                "laporan-kelas-" + id + "-set-" + setId + ".csv");
    }

    @GET
    @Path("classes/{id}/report/sets/{setId}.xlsx")
    @Produces(ClassReportWorkbook.MEDIA_TYPE)
    @Operation(summary = "Statistik soal sebagai Excel (.xlsx)",
            description = "Satu baris per soal dengan statistiknya; bilangan sebagai angka.")
    @APIResponse(responseCode = "200", description = "Buku kerja Excel")
    @APIResponse(responseCode = "403", description = "Bukan guru pemilik kelas")
    @APIResponse(responseCode = "404", description = "Kelas tidak ada atau set tidak ditugaskan ke kelas ini")
    public Response setReportXlsx(@PathParam("id") long id, @PathParam("setId") long setId) {
        return xlsx(ClassReportWorkbook.setReport(reports.setReport(me(), id, setId)),
                "laporan-kelas-" + id + "-set-" + setId + ".xlsx");
    }

    static Response xlsx(byte[] body, String fileName) {
        return Response.ok(body, ClassReportWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    static Response csv(String body, String fileName) {
        return Response.ok(body, ClassReportCsv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    private Account me() {
        return viewer.required();
    }
}
