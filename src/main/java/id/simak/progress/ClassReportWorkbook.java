package id.simak.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.simak.progress.ClassReportService.AssignedSet;
import id.simak.progress.ClassReportService.ClassReport;
import id.simak.progress.ClassReportService.LearnerRow;
import id.simak.progress.ClassReportService.QuestionStats;
import id.simak.progress.ClassReportService.SetReport;
import id.simak.progress.ClassReportService.SetResult;

/**
 * The reports as Excel workbooks (.xlsx, Apache POI) with the CSV's Indonesian labels, where what is a number is a
 * number cell (counts, scores, shares as percentages, the discrimination, seconds) and what is a time is a date
 * cell in the school's time zone, so a spreadsheet sorts and sums them in any locale. Texts are string cells,
 * which a spreadsheet never runs as formulas.
 */
public final class ClassReportWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ClassReportWorkbook() {
    }

    /** One row per learner and assigned set, as {@link ClassReportCsv#classReport} but with numbers as numbers. */
    public static byte[] classReport(ClassReport r) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            Sheet sheet = book.createSheet("Laporan kelas");
            Lines lines = new Lines(sheet, styles, List.of("Kelas", "Nama pengguna", "Nama", "ID set", "Judul set",
                    "Tenggat", "Status", "Percobaan", "Percobaan selesai", "Jumlah soal", "Benar terbaik",
                    "Persen terbaik", "Benar terakhir", "Persen terakhir", "Selesai pertama", "Ulasan 7 hari",
                    "Ulasan total", "Kartu diulas", "Retensi prediksi"));
            for (LearnerRow l : r.learners()) {
                for (int i = 0; i < r.sets().size(); i++) {
                    AssignedSet s = r.sets().get(i);
                    SetResult x = l.sets().get(i);
                    lines.add(r.className(), l.username(), l.displayName(), s.setId(), s.title(), s.dueAt(),
                            ClassReportCsv.statusText(x.status()), x.attempts(), x.finishedAttempts(),
                            s.questionCount(), x.bestCorrect(), new Share(x.bestScore()), x.lastCorrect(),
                            new Share(x.lastScore()), x.firstFinishedAt(), l.reviewsLast7Days(), l.reviewsTotal(),
                            l.reviewedCards(), new Share(l.predictedRetention()));
                }
            }
            return lines.finish(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row per question of the set with its statistics, as {@link ClassReportCsv#setReport}. */
    public static byte[] setReport(SetReport r) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            Sheet sheet = book.createSheet("Statistik soal");
            Lines lines = new Lines(sheet, styles, List.of("Kelas", "ID set", "Judul set", "Nomor", "ID soal",
                    "Jenis soal", "Keterampilan", "Pertanyaan", "Jawaban", "Benar", "Persen benar",
                    "Salah terbanyak", "Jumlah salah terbanyak", "Daya beda", "Median detik"));
            for (QuestionStats q : r.questions()) {
                lines.add(r.className(), r.setId(), r.title(), q.position(), q.questionId(),
                        ClassReportCsv.name("type_", q.type()), ClassReportCsv.name("skill_", q.skill()), q.prompt(),
                        q.answers(), q.correct(), new Share(q.shareCorrect()), q.mostChosenWrong(),
                        q.mostChosenWrongCount(), new Decimal(q.discrimination(), styles.twoPlaces),
                        new Decimal(q.medianSeconds(), styles.onePlace));
            }
            return lines.finish(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A share from 0 to 1, shown as a percentage with one decimal; empty when null. */
    private record Share(Double value) {}

    /** A decimal number shown with a fixed number of places; empty when null. */
    private record Decimal(Double value, CellStyle style) {}

    /** The cell styles of a workbook: bold labels, percentages, decimals and times. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle percent;
        final CellStyle onePlace;
        final CellStyle twoPlaces;
        final CellStyle time;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            percent = numberStyle(book, "0.0%");
            onePlace = numberStyle(book, "0.0");
            twoPlaces = numberStyle(book, "0.00");
            time = numberStyle(book, "yyyy-mm-dd hh:mm");
        }

        private static CellStyle numberStyle(XSSFWorkbook book, String format) {
            CellStyle s = book.createCellStyle();
            s.setDataFormat(book.createDataFormat().getFormat(format));
            return s;
        }
    }

    /** Writes the rows of one sheet under its bold, frozen header, and sizes the columns to what they hold. */
    private static final class Lines {
        private final Sheet sheet;
        private final Styles styles;
        private final List<Integer> widths = new ArrayList<>();

        Lines(Sheet sheet, Styles styles, List<String> labels) {
            this.sheet = sheet;
            this.styles = styles;
            Row row = sheet.createRow(0);
            for (int c = 0; c < labels.size(); c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(labels.get(c));
                cell.setCellStyle(styles.header);
                widths.add(labels.get(c).length());
            }
            sheet.createFreezePane(0, 1);
        }

        /** A row: texts as strings, numbers as numbers, null as an empty cell. */
        void add(Object... values) {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            for (int c = 0; c < values.length; c++) {
                Object v = values[c];
                int width = 10;
                if (v instanceof Share s) {
                    if (s.value() != null) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(s.value());
                        cell.setCellStyle(styles.percent);
                    }
                } else if (v instanceof Decimal d) {
                    if (d.value() != null) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(d.value());
                        cell.setCellStyle(d.style());
                    }
                } else if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (v instanceof OffsetDateTime t) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(t.toLocalDateTime());
                    cell.setCellStyle(styles.time);
                    width = 16;
                } else if (v instanceof String text) {
                    row.createCell(c).setCellValue(text);
                    width = text.length();
                }
                widths.set(c, Math.max(widths.get(c), width));
            }
        }

        byte[] finish(XSSFWorkbook book) throws IOException {
            for (int c = 0; c < widths.size(); c++) {
                // Column widths are in 1/256 of a character; long prompts are capped so the table stays readable.
                sheet.setColumnWidth(c, Math.min(widths.get(c) + 2, 60) * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }
}
