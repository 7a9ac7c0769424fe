package id.simak.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.simak.generate.AnswerGrader;
import id.simak.generate.Question;

/**
 * Checks that a learner's response has the shape its question type asks for (see
 * {@link id.simak.generate.QuestionType}) and grades it with the generator's tolerant {@link AnswerGrader}. A
 * response of the wrong shape is refused, never graded as wrong: the learner (or client) made a slip, not an error.
 */
public final class ResponseCheck {

    /** The longest typed (cloze) answer kept. */
    public static final int MAX_TYPED = 500;

    private static final AnswerGrader GRADER = new AnswerGrader();

    private ResponseCheck() {
    }

    /** A response of the right shape, cleaned of surrounding spaces, and whether it is correct. */
    public record Graded(List<String> response, boolean correct) {}

    /** A response that does not fit its question; the message is Indonesian and says what to send. */
    public static final class InvalidResponse extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidResponse(String message) {
            super(message);
        }
    }

    public static Graded grade(Question q, List<String> response) {
        List<String> given = clean(response);
        List<String> choices = q.choices() == null ? List.of() : q.choices().stream().map(String::strip).toList();
        switch (q.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE -> {
                if (given.size() != 1 || given.get(0).isEmpty()) {
                    throw new InvalidResponse("Pilih tepat satu jawaban.");
                }
                requireChoices(given, choices);
            }
            case MULTIPLE_RESPONSE -> {
                if (given.isEmpty() || given.stream().allMatch(String::isEmpty)) {
                    throw new InvalidResponse("Pilih paling sedikit satu jawaban.");
                }
                requireChoices(given, choices);
                if (new HashSet<>(given).size() != given.size()) {
                    throw new InvalidResponse("Setiap pilihan hanya boleh dipilih sekali.");
                }
            }
            case CLOZE -> {
                if (given.size() != 1 || given.get(0).isEmpty()) {
                    throw new InvalidResponse("Ketik jawaban Anda.");
                }
                if (given.get(0).length() > MAX_TYPED) {
                    throw new InvalidResponse("Jawaban paling panjang " + MAX_TYPED + " karakter.");
                }
            }
            case MATCHING -> {
                int items = q.items() == null ? 0 : q.items().size();
                if (given.size() != items || given.stream().anyMatch(String::isEmpty)) {
                    throw new InvalidResponse("Pasangkan setiap baris (" + items + " pasangan).");
                }
                requireChoices(given, choices);
            }
            case ORDERING -> {
                if (given.size() != choices.size()) {
                    throw new InvalidResponse("Urutkan semua " + choices.size() + " butir.");
                }
                requireChoices(given, choices);
                List<String> rest = new ArrayList<>(choices);
                for (String g : given) {
                    if (!rest.remove(g)) {
                        throw new InvalidResponse("Setiap butir harus muncul tepat sekali dalam urutan.");
                    }
                }
            }
            default -> throw new InvalidResponse("Jenis soal tidak dikenal.");
        }
        return new Graded(given, GRADER.isCorrect(q, given));
    }

    private static List<String> clean(List<String> response) {
        if (response == null || response.isEmpty()) {
            throw new InvalidResponse("Jawaban kosong: kirim \"response\" sebagai daftar, misalnya [\"pilihan\"].");
        }
        List<String> out = new ArrayList<>(response.size());
        for (String r : response) {
            if (r == null) {
                throw new InvalidResponse("Jawaban berisi nilai kosong (null).");
            }
            out.add(r.strip());
        }
        return List.copyOf(out);
    }

    private static void requireChoices(List<String> given, List<String> choices) {
        Set<String> known = Set.copyOf(choices);
        for (String g : given) {
            if (!known.contains(g)) {
                throw new InvalidResponse("«" + shorten(g) + "» bukan salah satu pilihan soal ini.");
            }
        }
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
