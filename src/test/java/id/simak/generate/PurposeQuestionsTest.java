package id.simak.generate;

import static id.simak.generate.RealLanguage.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** "Untuk apa ...?": the purpose a sentence gives for an action, among the purposes of the article's other actions. */
class PurposeQuestionsTest {

    private static final String DROUGHT = """
            BPBD Sukamaju Kirim Air Bersih ke Desa Kekeringan

            SUKAMAJU – Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Sukamaju mengirim 40 tangki air bersih ke tujuh \
            desa untuk membantu warga yang kesulitan air selama musim kemarau.

            Pemerintah kabupaten juga menyiapkan anggaran Rp500 juta guna membangun sumur bor di desa yang paling kering.

            Petugas kesehatan mendatangi rumah warga untuk memeriksa kualitas air yang dipakai sehari-hari.

            Dinas Pertanian membagikan bibit jagung tahan kering kepada petani untuk menggantikan tanaman padi yang gagal panen.

            Kegiatan pengiriman air bertujuan untuk meringankan beban warga di desa yang terdampak kekeringan.

            Relawan memasang tandon air di balai desa untuk menampung kiriman air dari BPBD.
            """;

    private static List<Question> purposes() {
        return all(DROUGHT).stream().filter(q -> q.skill() == Skill.CAUSE && q.prompt().contains("untuk apa")
                || q.skill() == Skill.CAUSE && q.prompt().contains("apa tujuan")).toList();
    }

    @Test
    void asksThePurposeOfAnActionAmongThePurposesOfOthers() {
        Question budget = purposes().stream().filter(q -> q.prompt().contains("menyiapkan anggaran Rp500 juta")).findFirst()
                .orElseThrow(() -> new AssertionError("no purpose question on the budget: " + purposes()));
        assertEquals(List.of("Membangun sumur bor di desa yang paling kering"), budget.answer());
        assertEquals(4, budget.choices().size());
        for (String c : budget.choices()) {
            assertTrue(DROUGHT.toLowerCase().contains(c.toLowerCase()), "a choice that is no purpose of the text: " + c);
        }
        assertTrue(budget.score() >= DraftPlan.CONFIDENT, "four distinct purposes make a confident question");
    }

    @Test
    void noWrongChoiceIsABroadAimOrThePurposeOfTheSameAction() {
        for (Question q : purposes()) {
            for (String c : q.choices()) {
                if (q.answer().contains(c)) {
                    continue;
                }
                assertFalse(c.startsWith("Membantu") || c.startsWith("Meringankan"),
                        "an aim that fits any action is a wrong choice: " + q.prompt() + " " + q.choices());
            }
            if (q.prompt().contains("mengirim 40 tangki")) {
                assertFalse(q.choices().contains("Meringankan beban warga di desa yang terdampak kekeringan"),
                        "the purpose of the same action told again is a wrong choice: " + q.choices());
            }
        }
    }

    @Test
    void aBroadAimIsNoConfidentAnswer() {
        int broad = 0;
        for (Question q : purposes()) {
            if (q.answer().get(0).startsWith("Membantu") || q.answer().get(0).startsWith("Meringankan")) {
                broad++;
                assertTrue(q.score() < DraftPlan.CONFIDENT, q.prompt());
            }
        }
        assertTrue(broad > 0, "no question with a broad aim for an answer: " + purposes());
    }
}
