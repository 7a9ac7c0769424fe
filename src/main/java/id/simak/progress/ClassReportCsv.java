package id.simak.progress;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.simak.progress.ClassReportService.AssignedSet;
import id.simak.progress.ClassReportService.ClassReport;
import id.simak.progress.ClassReportService.LearnerRow;
import id.simak.progress.ClassReportService.QuestionStats;
import id.simak.progress.ClassReportService.SetReport;
import id.simak.progress.ClassReportService.SetResult;

/**
 * The reports as CSV (RFC 4180): a UTF-8 byte order mark so spreadsheet programs read Indonesian text right,
 * comma separated, every field quoted, CRLF line ends; shares as percentages with a decimal point.
 */
public final class ClassReportCsv {

    /** The byte order mark that starts every file. */
    public static final String BOM = "\uFEFF";
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private ClassReportCsv() {
    }

    /** One row per learner and assigned set. */
    public static String classReport(ClassReport r) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, List.of("kelas", "nama_pengguna", "nama", "set_id", "judul_set", "tenggat", "status", "percobaan",
                "percobaan_selesai", "skor_terbaik", "persen_terbaik", "skor_terakhir", "persen_terakhir",
                "selesai_pertama", "ulasan_7_hari", "ulasan_total", "kartu_diulas", "retensi_prediksi_persen"));
        for (LearnerRow l : r.learners()) {
            for (int i = 0; i < r.sets().size(); i++) {
                AssignedSet s = r.sets().get(i);
                SetResult x = l.sets().get(i);
                line(out, List.of(text(r.className()), text(l.username()), text(l.displayName()), Long.toString(s.setId()),
                        text(s.title()),
                        s.dueAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), statusText(x.status()),
                        Integer.toString(x.attempts()), Integer.toString(x.finishedAttempts()),
                        fraction(x.bestCorrect(), x.bestTotal()), percent(x.bestScore()),
                        fraction(x.lastCorrect(), x.lastTotal()), percent(x.lastScore()),
                        x.firstFinishedAt() == null ? "" : x.firstFinishedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                        Long.toString(l.reviewsLast7Days()), Long.toString(l.reviewsTotal()),
                        Integer.toString(l.reviewedCards()), percent(l.predictedRetention())));
            }
        }
        return out.toString();
    }

    /** One row per question of the set with its statistics. */
    public static String setReport(SetReport r) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, List.of("kelas", "set_id", "judul_set", "nomor", "soal_id", "jenis", "keterampilan", "pertanyaan",
                "jawaban", "benar", "persen_benar", "salah_terbanyak", "jumlah_salah_terbanyak", "daya_beda",
                "median_detik"));
        for (QuestionStats q : r.questions()) {
            line(out, List.of(text(r.className()), Long.toString(r.setId()), text(r.title()),
                    Integer.toString(q.position()), Long.toString(q.questionId()), q.type(), q.skill(), text(q.prompt()),
                    Integer.toString(q.answers()),
                    Integer.toString(q.correct()), percent(q.shareCorrect()),
                    q.mostChosenWrong() == null ? "" : text(q.mostChosenWrong()),
                    q.mostChosenWrongCount() == null ? "" : Integer.toString(q.mostChosenWrongCount()),
                    decimals(q.discrimination(), 2), decimals(q.medianSeconds(), 1)));
        }
        return out.toString();
    }

    /** The Indonesian word for a status, as the CSV and the page show it. */
    public static String statusText(ClassReportService.Status s) {
        return switch (s) {
            case ON_TIME -> "tepat waktu";
            case LATE -> "terlambat";
            case IN_PROGRESS -> "belum selesai";
            case NOT_STARTED -> "belum mulai";
        };
    }

    /**
     * A text someone typed (a name, a title, a prompt, an answer), made safe for a spreadsheet: one that starts
     * with {@code = + - @}, a tab or a carriage return would be read as a formula ({@code =HYPERLINK(...)}), so it
     * gets a leading apostrophe, which spreadsheets show as text (OWASP's advice for CSV injection). Numbers
     * written by the report itself (a negative discrimination) are not passed through here.
     */
    static String text(String field) {
        if (field == null || field.isEmpty()) {
            return field;
        }
        char first = field.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + field : field;
    }

    /** A field quoted as RFC 4180 says: inside double quotes, a double quote doubled. */
    public static String quote(String field) {
        return "\"" + (field == null ? "" : field.replace("\"", "\"\"")) + "\"";
    }

    private static void line(StringBuilder out, List<String> fields) {
        List<String> quoted = new ArrayList<>(fields.size());
        for (String f : fields) {
            quoted.add(quote(f));
        }
        out.append(String.join(",", quoted)).append("\r\n");
    }

    private static String fraction(Integer correct, Integer total) {
        return correct == null ? "" : correct + "/" + total;
    }

    static String percent(Double share) {
        return share == null ? "" : String.format(Locale.ROOT, "%.1f", share * 100);
    }

    static String decimals(Double v, int places) {
        return v == null ? "" : String.format(Locale.ROOT, "%." + places + "f", v);
    }
}
