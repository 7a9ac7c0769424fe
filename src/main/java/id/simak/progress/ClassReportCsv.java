package id.simak.progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import id.simak.progress.ClassReportService.AssignedSet;
import id.simak.progress.ClassReportService.ClassReport;
import id.simak.progress.ClassReportService.LearnerRow;
import id.simak.progress.ClassReportService.QuestionStats;
import id.simak.progress.ClassReportService.SetReport;
import id.simak.progress.ClassReportService.SetResult;

/**
 * The reports as CSV for a spreadsheet set to Indonesian: a UTF-8 byte order mark so Indonesian text reads right,
 * fields separated by semicolons (the list separator of the Indonesian locale, where the comma is the decimal sign),
 * decimal commas, every field quoted (RFC 4180 otherwise), CRLF line ends; Indonesian column labels, question types
 * and skills by their Indonesian names (never codes such as MULTIPLE_CHOICE), scores as "2 dari 3" (a spreadsheet
 * reads "2/3" as a date) and times as "2026-12-07 23:59" in the school's time zone.
 */
public final class ClassReportCsv {

    /** The byte order mark that starts every file. */
    public static final String BOM = "\uFEFF";
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    /** The field separator: the list separator of a spreadsheet in the Indonesian locale. */
    public static final String SEPARATOR = ";";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    /** The Indonesian names of skills and question types, from the page texts ({@code skill_*}, {@code type_*}). */
    private static final Properties NAMES = names();

    private ClassReportCsv() {
    }

    /** One row per learner and assigned set. */
    public static String classReport(ClassReport r) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, List.of("Kelas", "Nama pengguna", "Nama", "ID set", "Judul set", "Tenggat", "Status", "Percobaan",
                "Percobaan selesai", "Skor terbaik", "Persen terbaik", "Skor terakhir", "Persen terakhir",
                "Selesai pertama", "Ulasan 7 hari", "Ulasan total", "Kartu diulas", "Retensi prediksi (%)"));
        for (LearnerRow l : r.learners()) {
            for (int i = 0; i < r.sets().size(); i++) {
                AssignedSet s = r.sets().get(i);
                SetResult x = l.sets().get(i);
                line(out, List.of(text(r.className()), text(l.username()), text(l.displayName()), Long.toString(s.setId()),
                        text(s.title()), s.dueAt().format(TIME), statusText(x.status()),
                        Integer.toString(x.attempts()), Integer.toString(x.finishedAttempts()),
                        fraction(x.bestCorrect(), x.bestTotal()), percent(x.bestScore()),
                        fraction(x.lastCorrect(), x.lastTotal()), percent(x.lastScore()),
                        x.firstFinishedAt() == null ? "" : x.firstFinishedAt().format(TIME),
                        Long.toString(l.reviewsLast7Days()), Long.toString(l.reviewsTotal()),
                        Integer.toString(l.reviewedCards()), percent(l.predictedRetention())));
            }
        }
        return out.toString();
    }

    /** One row per question of the set with its statistics. */
    public static String setReport(SetReport r) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, List.of("Kelas", "ID set", "Judul set", "Nomor", "ID soal", "Jenis soal", "Keterampilan",
                "Pertanyaan", "Jawaban", "Benar", "Persen benar", "Salah terbanyak", "Jumlah salah terbanyak",
                "Daya beda", "Median detik"));
        for (QuestionStats q : r.questions()) {
            line(out, List.of(text(r.className()), Long.toString(r.setId()), text(r.title()),
                    Integer.toString(q.position()), Long.toString(q.questionId()), name("type_", q.type()),
                    name("skill_", q.skill()), text(q.prompt()),
                    Integer.toString(q.answers()),
                    Integer.toString(q.correct()), percent(q.shareCorrect()),
                    q.mostChosenWrong() == null ? "" : text(q.mostChosenWrong()),
                    q.mostChosenWrongCount() == null ? "" : Integer.toString(q.mostChosenWrongCount()),
                    decimals(q.discrimination(), 2), decimals(q.medianSeconds(), 1)));
        }
        return out.toString();
    }

    /** The Indonesian name of a skill or question type; the code itself when there is none. */
    static String name(String prefix, String code) {
        return code == null ? "" : NAMES.getProperty(prefix + code, code);
    }

    private static Properties names() {
        Properties p = new Properties();
        try (InputStream in = ClassReportCsv.class.getResourceAsStream("/messages/msg.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
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
        out.append(String.join(SEPARATOR, quoted)).append("\r\n");
    }

    private static String fraction(Integer correct, Integer total) {
        return correct == null ? "" : correct + " dari " + total;
    }

    static String percent(Double share) {
        return share == null ? "" : decimalComma(String.format(Locale.ROOT, "%.1f", share * 100));
    }

    static String decimals(Double v, int places) {
        return v == null ? "" : decimalComma(String.format(Locale.ROOT, "%." + places + "f", v));
    }

    /** The decimal sign of the Indonesian locale. */
    private static String decimalComma(String number) {
        return number.replace('.', ',');
    }
}
