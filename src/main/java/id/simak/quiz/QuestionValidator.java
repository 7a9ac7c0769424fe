package id.simak.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import id.simak.generate.Evidence;
import id.simak.generate.Question;
import id.simak.generate.QuestionType;
import id.simak.generate.Skill;
import id.simak.web.Problem.FieldError;
import id.simak.web.TextRules;

/**
 * The rules a question must keep before it is stored, with an Indonesian message per field: what each type
 * needs (choices and a correct one among them, a cloze gap, pairs, items to order), lengths, and an evidence
 * sentence that exists in the article. Knows nothing of the database: give it the article's sentences.
 */
public final class QuestionValidator {

    public static final int MAX_PROMPT = 2000;
    public static final int MAX_EXPLANATION = 2000;
    public static final int MAX_OPTION = 500;
    public static final int MAX_OPTIONS = 20;
    /** The gap of a cloze prompt: three or more underscores (the generator writes four). */
    public static final Pattern GAP = Pattern.compile("_{3,}");
    public static final String TRUE = "Benar";
    public static final String FALSE = "Salah";

    private final List<String> sentences;

    /** @param sentences the texts of the article's sentences, by index; empty for a set without an article */
    public QuestionValidator(List<String> sentences) {
        this.sentences = List.copyOf(sentences);
    }

    /** A checked question (id null, ready to store) or the list of what is wrong, field by field. */
    public record Result(Question question, List<FieldError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public Result validate(QuestionForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form == null) {
            return new Result(null, List.of(new FieldError("type", "Isi soal belum dikirim.")));
        }
        QuestionType type = parse(QuestionType.class, form.type());
        if (type == null) {
            errors.add(new FieldError("type", form.type() == null || form.type().isBlank() ? "Pilih jenis soal."
                    : "Jenis soal \"" + form.type() + "\" tidak dikenal."));
        }
        Skill skill = parse(Skill.class, form.skill());
        if (skill == null) {
            errors.add(new FieldError("skill", form.skill() == null || form.skill().isBlank()
                    ? "Pilih keterampilan yang dilatih soal ini." : "Keterampilan \"" + form.skill() + "\" tidak dikenal."));
        }
        String prompt = trim(form.prompt());
        if (prompt.isEmpty()) {
            errors.add(new FieldError("prompt", "Pertanyaan wajib diisi."));
        } else if (prompt.length() > MAX_PROMPT) {
            errors.add(new FieldError("prompt", "Pertanyaan paling banyak " + MAX_PROMPT + " karakter (sekarang "
                    + prompt.length() + ")."));
        }
        String explanation = trim(form.explanation());
        if (explanation.length() > MAX_EXPLANATION) {
            errors.add(new FieldError("explanation", "Penjelasan paling banyak " + MAX_EXPLANATION + " karakter."));
        }
        refuseHiddenCharacters("prompt", form.prompt() == null ? List.of() : List.of(form.prompt()), errors);
        refuseHiddenCharacters("explanation", form.explanation() == null ? List.of() : List.of(form.explanation()), errors);
        refuseHiddenCharacters("choices", form.choices(), errors);
        refuseHiddenCharacters("items", form.items(), errors);
        refuseHiddenCharacters("answer", form.answer(), errors);
        Evidence evidence = null;
        Integer index = form.evidenceSentence();
        if (index != null) {
            if (sentences.isEmpty()) {
                errors.add(new FieldError("evidenceSentence", "Set ini tidak terkait artikel, jadi tidak ada kalimat bukti."));
            } else if (index < 0 || index >= sentences.size()) {
                errors.add(new FieldError("evidenceSentence", "Kalimat bukti harus salah satu kalimat artikel: nomor 0 sampai "
                        + (sentences.size() - 1) + "."));
            } else {
                evidence = new Evidence(index, sentences.get(index));
            }
        }
        List<String> items = List.of();
        List<String> choices = List.of();
        List<String> answer = List.of();
        if (type != null) {
            List<String> givenChoices = clean(form.choices());
            List<String> givenAnswer = clean(form.answer());
            switch (type) {
                case MULTIPLE_CHOICE, MULTIPLE_RESPONSE -> {
                    List<String> options = givenChoices;
                    choices = options;
                    answer = givenAnswer;
                    checkOptions("choices", "Pilihan", choices, errors);
                    if (choices.size() < 2) {
                        errors.add(new FieldError("choices", "Soal pilihan perlu paling sedikit dua pilihan yang berbeda."));
                    } else if (duplicate(choices) != null) {
                        errors.add(new FieldError("choices", "Pilihan \"" + duplicate(choices) + "\" ditulis lebih dari sekali."));
                    }
                    if (type == QuestionType.MULTIPLE_CHOICE && answer.size() != 1) {
                        errors.add(new FieldError("answer", answer.isEmpty() ? "Tandai satu pilihan yang benar."
                                : "Pilihan ganda hanya punya satu jawaban benar; untuk beberapa jawaban pilih jenis pilihan ganda kompleks."));
                    } else if (type == QuestionType.MULTIPLE_RESPONSE && answer.isEmpty()) {
                        errors.add(new FieldError("answer", "Tandai paling sedikit satu pilihan yang benar."));
                    } else if (!answer.stream().allMatch(a -> containsLike(options, a))) {
                        errors.add(new FieldError("answer", "Jawaban benar harus salah satu pilihan."));
                    } else if (duplicate(answer) != null) {
                        errors.add(new FieldError("answer", "Jawaban benar \"" + duplicate(answer) + "\" ditandai lebih dari sekali."));
                    } else {
                        answer = answer.stream().map(a -> sameAs(options, a)).toList();
                    }
                }
                case TRUE_FALSE -> {
                    choices = List.of(TRUE, FALSE);
                    if (givenAnswer.size() == 1 && (givenAnswer.get(0).equalsIgnoreCase(TRUE)
                            || givenAnswer.get(0).equalsIgnoreCase(FALSE))) {
                        answer = List.of(givenAnswer.get(0).equalsIgnoreCase(TRUE) ? TRUE : FALSE);
                    } else {
                        errors.add(new FieldError("answer", "Jawaban soal benar-salah harus \"Benar\" atau \"Salah\"."));
                    }
                }
                case CLOZE -> {
                    answer = givenAnswer;
                    if (!prompt.isEmpty() && !GAP.matcher(prompt).find()) {
                        errors.add(new FieldError("prompt", "Soal isian perlu tempat kosong \"___\" (tiga garis bawah atau lebih) di dalam pertanyaan."));
                    }
                    checkOptions("answer", "Jawaban", answer, errors);
                    if (answer.isEmpty()) {
                        errors.add(new FieldError("answer", "Tuliskan paling sedikit satu jawaban yang diterima untuk tempat kosong."));
                    }
                }
                case MATCHING -> {
                    List<String> left = raw(form.items());
                    List<String> right = raw(form.answer());
                    List<String> lefts = new ArrayList<>();
                    List<String> rights = new ArrayList<>();
                    boolean incomplete = false;
                    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
                        String l = i < left.size() ? left.get(i) : "";
                        String r = i < right.size() ? right.get(i) : "";
                        if (l.isEmpty() && r.isEmpty()) {
                            continue;
                        }
                        if (l.isEmpty() || r.isEmpty()) {
                            incomplete = true;
                        }
                        lefts.add(l);
                        rights.add(r);
                    }
                    if (incomplete) {
                        errors.add(new FieldError("items", "Setiap pasangan perlu sisi kiri dan sisi kanan."));
                    } else if (lefts.size() < 2) {
                        errors.add(new FieldError("items", "Soal menjodohkan perlu paling sedikit dua pasangan."));
                    } else if (duplicate(lefts) != null) {
                        errors.add(new FieldError("items", "Sisi kiri \"" + duplicate(lefts) + "\" ditulis lebih dari sekali."));
                    }
                    checkOptions("items", "Pasangan", lefts, errors);
                    checkOptions("answer", "Pasangan", rights, errors);
                    items = lefts;
                    answer = rights;
                    choices = shuffled(rights.stream().distinct().toList(), prompt);
                }
                case ORDERING -> {
                    answer = givenAnswer;
                    checkOptions("answer", "Langkah", answer, errors);
                    if (answer.size() < 2) {
                        errors.add(new FieldError("answer", "Soal mengurutkan perlu paling sedikit dua hal untuk diurutkan."));
                    } else if (duplicate(answer) != null) {
                        errors.add(new FieldError("answer", "\"" + duplicate(answer) + "\" ditulis lebih dari sekali."));
                    }
                    choices = shuffled(answer, prompt);
                }
            }
        }
        if (!errors.isEmpty()) {
            return new Result(null, List.copyOf(errors));
        }
        return new Result(new Question(null, type, skill, prompt, items, choices, answer,
                explanation.isEmpty() ? null : explanation, evidence), List.of());
    }

    /** The form that shows a stored question again, for editing. */
    public static QuestionForm formOf(Question q) {
        return new QuestionForm(q.type().name(), q.skill().name(), q.prompt(), q.items(), q.choices(), q.answer(),
                q.explanation(), q.evidence() == null ? null : q.evidence().sentence());
    }

    private static void checkOptions(String field, String what, List<String> options, List<FieldError> errors) {
        if (options.size() > MAX_OPTIONS) {
            errors.add(new FieldError(field, what + " paling banyak " + MAX_OPTIONS + "."));
        }
        for (String o : options) {
            if (o.length() > MAX_OPTION) {
                errors.add(new FieldError(field, what + " paling banyak " + MAX_OPTION + " karakter masing-masing."));
                return;
            }
        }
    }

    /** Choices shown to the learner in an order other than the answer's, the same each time for the same question. */
    static List<String> shuffled(List<String> answer, String seed) {
        List<String> out = new ArrayList<>(answer);
        if (out.size() < 2) {
            return out;
        }
        Collections.shuffle(out, new Random(seed.hashCode() * 31L + answer.hashCode()));
        if (out.equals(answer)) {
            Collections.rotate(out, 1);
        }
        return List.copyOf(out);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    /** Trimmed, blank entries dropped (a page form sends its empty rows too). */
    private static List<String> clean(List<String> list) {
        return list == null ? List.of() : list.stream().map(QuestionValidator::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Trimmed, positions kept (matching pairs line up by position). */
    private static List<String> raw(List<String> list) {
        return list == null ? List.of() : list.stream().map(QuestionValidator::trim).toList();
    }

    static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String duplicate(List<String> list) {
        Set<String> seen = new HashSet<>();
        for (String s : list) {
            if (!seen.add(normal(s))) {
                return s;
            }
        }
        return null;
    }

    private static boolean containsLike(List<String> list, String s) {
        return sameAs(list, s) != null;
    }

    private static String sameAs(List<String> list, String s) {
        for (String c : list) {
            if (normal(c).equals(normal(s))) {
                return c;
            }
        }
        return null;
    }

    /** Control characters, bidi overrides, lone surrogates or a text of only invisible characters: refused. */
    private static void refuseHiddenCharacters(String field, List<String> texts, List<FieldError> errors) {
        if (texts == null) {
            return;
        }
        for (String text : texts) {
            String problem = TextRules.problem(text);
            if (problem != null) {
                errors.add(new FieldError(field, problem));
                return;
            }
        }
    }
}
