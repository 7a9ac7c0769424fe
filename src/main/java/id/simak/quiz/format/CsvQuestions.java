package id.simak.quiz.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.simak.generate.Evidence;
import id.simak.generate.Question;
import id.simak.generate.QuestionType;
import id.simak.generate.Skill;

/**
 * Questions from a spreadsheet saved as CSV (comma, semicolon or tab separated, quotes as in RFC 4180). The first
 * row names the columns, in English or Indonesian: {@code id}, {@code type}/{@code jenis}, {@code skill}/
 * {@code keterampilan}, {@code question}/{@code soal} (required), {@code answer}/{@code jawaban} (required, may
 * repeat), {@code wrong}/{@code salah} (may repeat), {@code explanation}/{@code penjelasan},
 * {@code evidence}/{@code bukti}. Matching and ordering questions do not fit in a row and are refused.
 */
public final class CsvQuestions {

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("id", "id"), Map.entry("type", "type"), Map.entry("jenis", "type"),
            Map.entry("skill", "skill"), Map.entry("keterampilan", "skill"),
            Map.entry("question", "question"), Map.entry("soal", "question"), Map.entry("pertanyaan", "question"),
            Map.entry("answer", "answer"), Map.entry("jawaban", "answer"),
            Map.entry("wrong", "wrong"), Map.entry("salah", "wrong"), Map.entry("pengecoh", "wrong"),
            Map.entry("explanation", "explanation"), Map.entry("penjelasan", "explanation"),
            Map.entry("evidence", "evidence"), Map.entry("bukti", "evidence"));

    private CsvQuestions() {
    }

    private record Row(int line, List<String> cells) {}

    public static QuestionFile read(String text) throws FormatException {
        String t = text.startsWith("\ufeff") ? text.substring(1) : text;
        int firstEnd = t.indexOf('\n');
        String first = firstEnd < 0 ? t : t.substring(0, firstEnd);
        char sep = first.indexOf('\t') >= 0 ? '\t' : first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
        List<Row> rows = rows(t, sep);
        if (rows.isEmpty()) {
            throw new FormatException(1, "Berkas CSV kosong.");
        }
        Row header = rows.get(0);
        List<String> columns = new ArrayList<>();
        for (String h : header.cells) {
            String name = COLUMNS.get(h.strip().toLowerCase(Locale.ROOT));
            if (name == null) {
                throw new FormatException(header.line, "Kolom \"" + h.strip() + "\" tidak dikenal; yang boleh: id, "
                        + "type, skill, question, answer, wrong, explanation, evidence (atau jenis, keterampilan, "
                        + "soal, jawaban, salah, penjelasan, bukti).");
            }
            columns.add(name);
        }
        if (!columns.contains("question") || !columns.contains("answer")) {
            throw new FormatException(header.line, "Baris judul kolom perlu paling sedikit kolom \"question\" (soal) "
                    + "dan \"answer\" (jawaban).");
        }
        List<Question> questions = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            if (row.cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            questions.add(question(columns, row));
            lines.add(row.line);
        }
        QuestionRules.check(questions, lines);
        return new QuestionFile(null, null, null, null, questions, lines);
    }

    private static Question question(List<String> columns, Row row) throws FormatException {
        String id = null;
        String typeName = null;
        String skillName = null;
        String prompt = null;
        String explanation = null;
        String evidence = null;
        List<String> answers = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        if (row.cells.size() > columns.size()) {
            throw new FormatException(row.line, "Baris ini punya " + row.cells.size() + " kolom, baris judul hanya "
                    + columns.size() + ".");
        }
        for (int i = 0; i < row.cells.size(); i++) {
            String v = row.cells.get(i).strip();
            if (v.isEmpty()) {
                continue;
            }
            switch (columns.get(i)) {
                case "id" -> id = v;
                case "type" -> typeName = v;
                case "skill" -> skillName = v;
                case "question" -> prompt = v;
                case "answer" -> answers.add(v);
                case "wrong" -> wrong.add(v);
                case "explanation" -> explanation = v;
                case "evidence" -> evidence = v;
                default -> throw new IllegalStateException(columns.get(i));
            }
        }
        if (prompt == null) {
            throw new FormatException(row.line, "Baris ini tidak punya soal (kolom question).");
        }
        if (answers.isEmpty()) {
            throw new FormatException(row.line, "Soal \"" + prompt + "\" tidak punya jawaban (kolom answer).");
        }
        String key = id != null ? id : QuestionRules.keyFrom(prompt);
        QuestionType type;
        if (typeName != null) {
            try {
                type = QuestionType.valueOf(typeName.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new FormatException(row.line, "Jenis soal \"" + typeName + "\" tidak dikenal.");
            }
        } else if (!wrong.isEmpty()) {
            type = answers.size() > 1 ? QuestionType.MULTIPLE_RESPONSE : QuestionType.MULTIPLE_CHOICE;
        } else if (answers.size() == 1 && QuestionRules.TRUE_FALSE.contains(capitalised(answers.get(0)))) {
            type = QuestionType.TRUE_FALSE;
        } else {
            type = QuestionType.CLOZE;
        }
        Skill skill = ImportedSkill.of(null, prompt);
        if (skillName != null) {
            try {
                skill = Skill.valueOf(skillName.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new FormatException(row.line, "Keterampilan \"" + skillName + "\" tidak dikenal.");
            }
        }
        Evidence ev = evidence == null ? null : new Evidence(QuestionFile.UNKNOWN_SENTENCE, evidence);
        return switch (type) {
            case MULTIPLE_CHOICE, MULTIPLE_RESPONSE -> {
                List<String> choices = new ArrayList<>(answers);
                choices.addAll(wrong);
                // A stable order that does not put the right answer first in every row.
                choices.sort(Comparator.comparingLong(c -> QuestionRules.hash(key + "|" + c)));
                yield new Question(key, type, skill, prompt, List.of(), choices, answers, explanation, ev);
            }
            case TRUE_FALSE -> new Question(key, type, skill, prompt, List.of(), QuestionRules.TRUE_FALSE,
                    List.of(capitalised(answers.get(0))), explanation, ev);
            case CLOZE -> new Question(key, type, skill, prompt.contains(QuestionRules.GAP) ? prompt
                    : prompt + " " + QuestionRules.GAP, List.of(), List.of(), answers, explanation, ev);
            case MATCHING, ORDERING -> throw new FormatException(row.line, "Soal " + type + " tidak bisa ditulis "
                    + "dalam satu baris CSV; pakai berkas Simak, GIFT atau Moodle XML.");
        };
    }

    private static String capitalised(String s) {
        String l = s.strip().toLowerCase(Locale.ROOT);
        return l.isEmpty() ? l : Character.toUpperCase(l.charAt(0)) + l.substring(1);
    }

    /** Splits CSV text into rows of cells, each row with the line it starts on; quoted cells may hold line breaks. */
    private static List<Row> rows(String text, char sep) throws FormatException {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
                any = true;
            } else if (c == sep) {
                cells.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || cell.length() > 0) {
                    cells.add(cell.toString());
                    rows.add(new Row(rowLine, List.copyOf(cells)));
                }
                cells.clear();
                cell.setLength(0);
                any = false;
                line++;
                rowLine = line;
            } else {
                cell.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new FormatException(rowLine, "Tanda petik \" dibuka tetapi tidak ditutup.");
        }
        if (any || cell.length() > 0) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, List.copyOf(cells)));
        }
        return rows;
    }
}
