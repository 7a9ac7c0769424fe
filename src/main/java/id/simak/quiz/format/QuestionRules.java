package id.simak.quiz.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.simak.generate.Question;
import id.simak.generate.QuestionType;

/**
 * What every imported question must satisfy, whatever the format: a key, a prompt, and choices and answers that
 * fit its type (see {@link QuestionType}). A reader calls {@link #check} on the whole file before returning it.
 */
public final class QuestionRules {

    /** The gap of a cloze prompt. */
    public static final String GAP = "____";
    /** The two choices of a true/false question, in this order. */
    public static final List<String> TRUE_FALSE = List.of("Benar", "Salah");
    public static final int MAX_KEY = 64;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_SET_ID = 100;

    private QuestionRules() {
    }

    /** Checks every question; the first problem is thrown with the line its question starts on. */
    public static void check(List<Question> questions, List<Integer> lines) throws FormatException {
        check(questions, lines, null);
    }

    /**
     * Checks every question; a problem with one field is thrown with that field's line when
     * {@code fieldLines.get(i)} knows it (keys id, type, skill, prompt, items, choices, answer, explanation, evidence).
     */
    public static void check(List<Question> questions, List<Integer> lines, List<Map<String, Integer>> fieldLines)
            throws FormatException {
        if (questions.isEmpty()) {
            throw new FormatException(1, "Berkas tidak berisi satu soal pun.");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            int line = lines.get(i);
            Integer before = seen.putIfAbsent(q.id(), line);
            if (before != null) {
                throw new FormatException(line, "Id soal \"" + q.id() + "\" sudah dipakai soal di baris " + before + ".");
            }
            try {
                check(q, line);
            } catch (FieldProblem p) {
                Integer at = fieldLines == null ? null : fieldLines.get(i).get(p.field);
                throw new FormatException(at == null ? line : at, p.getMessage());
            }
        }
    }

    /** A problem with one field of a question, before its line is known. */
    private static final class FieldProblem extends Exception {
        private static final long serialVersionUID = 1L;
        final String field;

        FieldProblem(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    static void check(Question q, int line) throws FieldProblem {
        String key = q.id();
        if (key == null || key.isBlank()) {
            throw new FieldProblem("id", "Soal ini tidak punya id.");
        }
        if (key.length() > MAX_KEY || key.contains("\n")) {
            throw new FieldProblem("id", "Id soal \"" + key + "\" harus satu baris dan paling banyak " + MAX_KEY
                    + " karakter.");
        }
        String name = "Soal \"" + key + "\"";
        if (q.type() == null) {
            throw new FieldProblem("type", name + " tidak punya jenis (type).");
        }
        if (q.skill() == null) {
            throw new FieldProblem("skill", name + " tidak punya keterampilan (skill).");
        }
        if (q.prompt() == null || q.prompt().isBlank()) {
            throw new FieldProblem("prompt", name + " tidak punya pertanyaan (prompt).");
        }
        notTooLong(q.prompt(), line, name + ": pertanyaannya");
        notTooLong(q.explanation(), line, name + ": penjelasannya");
        if (q.evidence() != null) {
            notTooLong(q.evidence().text(), line, name + ": kalimat buktinya");
        }
        List<String> choices = q.choices();
        List<String> answer = q.answer();
        List<String> items = q.items();
        if (answer.isEmpty()) {
            throw new FieldProblem("answer", name + " tidak punya jawaban.");
        }
        for (List<String> list : List.of(items, choices, answer)) {
            for (String s : list) {
                if (s == null || s.isBlank()) {
                    throw new FieldProblem("choices", name + " berisi pilihan atau jawaban yang kosong.");
                }
                notTooLong(s, line, name + ": sebuah pilihan");
            }
        }
        distinct(choices, line, name, "Pilihan");
        distinct(items, line, name, "Butir");
        if (q.type() != QuestionType.MATCHING && !items.isEmpty()) {
            throw new FieldProblem("items", name + ": hanya soal MATCHING yang punya items.");
        }
        switch (q.type()) {
            case MULTIPLE_CHOICE -> {
                atLeastTwoChoices(choices, line, name);
                if (answer.size() != 1) {
                    throw new FieldProblem("answer", name + ": pilihan ganda punya tepat satu jawaban benar, bukan "
                            + answer.size() + ".");
                }
                answersAreChoices(choices, answer, line, name);
            }
            case MULTIPLE_RESPONSE -> {
                atLeastTwoChoices(choices, line, name);
                distinct(answer, line, name, "Jawaban");
                answersAreChoices(choices, answer, line, name);
            }
            case TRUE_FALSE -> {
                if (!choices.equals(TRUE_FALSE)) {
                    throw new FieldProblem("choices", name + ": soal benar/salah punya pilihan persis \"Benar\" dan "
                            + "\"Salah\".");
                }
                if (answer.size() != 1) {
                    throw new FieldProblem("answer", name + ": soal benar/salah punya tepat satu jawaban.");
                }
                answersAreChoices(choices, answer, line, name);
            }
            case CLOZE -> {
                if (!choices.isEmpty()) {
                    throw new FieldProblem("choices", name + ": soal isian (CLOZE) tidak punya pilihan.");
                }
                if (!q.prompt().contains(GAP)) {
                    throw new FieldProblem("prompt", name + ": soal isian (CLOZE) perlu rumpang \"" + GAP
                            + "\" di pertanyaannya.");
                }
            }
            case MATCHING -> {
                if (items.size() < 2) {
                    throw new FieldProblem("items", name + ": soal menjodohkan perlu paling sedikit dua butir (items).");
                }
                if (answer.size() != items.size()) {
                    throw new FieldProblem("answer", name + ": soal menjodohkan punya satu jawaban untuk setiap butir ("
                            + items.size() + " butir, " + answer.size() + " jawaban).");
                }
                answersAreChoices(choices, answer, line, name);
            }
            case ORDERING -> {
                atLeastTwoChoices(choices, line, name);
                if (answer.size() != choices.size() || !new HashSet<>(answer).equals(new HashSet<>(choices))) {
                    throw new FieldProblem("answer", name + ": urutan jawaban harus memuat setiap pilihan tepat satu "
                            + "kali.");
                }
            }
        }
    }

    /**
     * Gives each question a key of its own where a file of another program repeats a name (in Moodle a name is not an
     * id): the second "Soal" becomes "Soal (2)", the third "Soal (3)", the same on every import of the file.
     */
    public static List<Question> distinctKeys(List<Question> questions) {
        Set<String> taken = new HashSet<>();
        for (Question q : questions) {
            taken.add(q.id());
        }
        Set<String> used = new HashSet<>();
        List<Question> out = new ArrayList<>();
        for (Question q : questions) {
            if (used.add(q.id())) {
                out.add(q);
                continue;
            }
            String key;
            int n = 2;
            do {
                String suffix = " (" + n++ + ")";
                String base = q.id().length() + suffix.length() > MAX_KEY
                        ? q.id().substring(0, MAX_KEY - suffix.length()).strip() : q.id();
                key = base + suffix;
            } while (taken.contains(key) || used.contains(key));
            used.add(key);
            out.add(q.withId(key));
        }
        return out;
    }

    /** Checks the stable id of a set file. */
    public static void checkSetId(String id, int line) throws FormatException {
        if (id == null || id.isBlank()) {
            throw new FormatException(line, "Berkas tidak punya id set.");
        }
        if (id.length() > MAX_SET_ID || !id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new FormatException(line, "Id set \"" + id + "\" hanya boleh berisi huruf kecil, angka, titik, "
                    + "garis bawah dan tanda hubung, paling banyak " + MAX_SET_ID + " karakter.");
        }
    }

    /**
     * A stable question key from a name or a prompt of another format: the text itself when it fits, otherwise its
     * beginning and a hash, so that importing the same file again finds the same questions.
     */
    public static String keyFrom(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (!t.isEmpty() && t.length() <= MAX_KEY) {
            return t;
        }
        String hash = String.format("%016x", hash(text));
        return (t.length() > MAX_KEY - 17 ? t.substring(0, MAX_KEY - 17).strip() : t) + "-" + hash;
    }

    /** A 64-bit FNV-1a hash of the text, the same on every JVM. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static void notTooLong(String text, int line, String what) throws FieldProblem {
        if (text != null && text.length() > MAX_TEXT) {
            throw new FieldProblem("prompt", what + " lebih dari " + MAX_TEXT + " karakter.");
        }
    }

    private static void atLeastTwoChoices(List<String> choices, int line, String name) throws FieldProblem {
        if (choices.size() < 2) {
            throw new FieldProblem("choices", name + " perlu paling sedikit dua pilihan.");
        }
    }

    private static void answersAreChoices(List<String> choices, List<String> answer, int line, String name)
            throws FieldProblem {
        for (String a : answer) {
            if (!choices.contains(a)) {
                throw new FieldProblem("answer", name + ": jawaban \"" + a + "\" tidak ada di antara pilihannya.");
            }
        }
    }

    private static void distinct(List<String> list, int line, String name, String what) throws FieldProblem {
        Set<String> seen = new HashSet<>();
        for (String s : list) {
            if (!seen.add(s)) {
                String field = what.equals("Butir") ? "items" : what.equals("Jawaban") ? "answer" : "choices";
                throw new FieldProblem(field, name + ": " + what + " \"" + s + "\" muncul dua kali.");
            }
        }
    }
}
