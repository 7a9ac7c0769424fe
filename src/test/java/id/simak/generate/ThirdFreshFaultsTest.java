package id.simak.generate;

import static id.simak.generate.RealLanguage.ANALYZER;
import static id.simak.generate.RealLanguage.all;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.Person;

/**
 * Faults the judges found on the third fresh set of real news (2026-12-05, evening), each reproduced on a text
 * written for the test: a week worked out from "pekan ini" offered as the answer; the base of a rate ("per 100.000
 * penduduk") and a length the span beside it gives ("20 hari, dari 26 Juni hingga 15 Juli") asked as figures; an
 * electoral district and the tail of a town's name read as people.
 */
class ThirdFreshFaultsTest {

    @Test
    void aWeekTheTextNeverStatesIsNoAnswer() {
        String text = """
                Harga Cabai di Pasar Sukamaju Naik

                SUKAMAJU – Dinas Perdagangan Kabupaten Sukamaju memantau harga bahan pokok di Pasar Induk pada Senin \
                (4/1/2021) dan mencatat harga cabai rawit mencapai Rp80 ribu per kilogram.

                Kepala Dinas Perdagangan Sukamaju, Budi Santoso, mengatakan harga cabai rawit naik tajam sejak awal \
                pekan ini karena pasokan dari petani berkurang akibat hujan deras.

                Pedagang di pasar itu menyebut pembeli mulai mengurangi belanja cabai dalam jumlah besar.
                """;
        for (Question q : all(text)) {
            if (q.skill() == Skill.DATE) {
                String answer = q.answer().get(0);
                assertFalse(answer.contains("-") && !text.contains(answer),
                        "a span worked out from 'pekan ini' is asked: " + q.prompt() + " -> " + answer);
            }
        }
    }

    @Test
    void theBaseOfARateAndALengthTheSpanGivesAreNotAsked() {
        String text = """
                Kasus Demam Berdarah di Sukamaju Menurun

                SUKAMAJU – Dinas Kesehatan Kabupaten Sukamaju mencatat angka kesakitan demam berdarah tahun ini \
                sebesar 45 kasus per 100.000 penduduk, turun dari 61 kasus pada tahun sebelumnya.

                Dinas itu menggelar gerakan pemberantasan sarang nyamuk selama 20 hari, dari 26 Juni hingga 15 Juli \
                2025, di 112 desa yang tersebar di 14 kecamatan.

                Kepala Dinas Kesehatan Sukamaju, Ratna Dewi, meminta warga menguras bak mandi sepekan sekali.
                """;
        for (Question q : all(text)) {
            if (q.skill() == Skill.NUMBER) {
                String answer = q.answer().get(0);
                assertFalse(answer.replace(".", "").contains("100000"), "the base of a rate is asked: " + q.prompt());
                assertFalse(answer.matches("(?i)20( hari)?|dua puluh( hari)?"),
                        "a length the dates beside it give is asked: " + q.prompt());
            }
        }
    }

    @Test
    void anElectoralDistrictAndTheTailOfATownAreNoPeople() {
        ArticleAnalysis a = ANALYZER.analyze("""
                Porprov Kalimantan Tengah Resmi Dibuka

                PALANGKA RAYA – Gubernur Kalteng Ahmad Santoso membuka Pekan Olahraga Provinsi di Stadion Tuah \
                Pahoe, Kota Palangka Raya, pada Sabtu (5/11/2022).

                Turut pula hadir dalam acara pembukaan antara lain Anggota DPR RI Dapil Kalteng, Sekda Kalteng, para \
                bupati se Kalteng, Ketua DPRD Kota Palangka Raya, dan Sekda Kota Palangka Raya.

                Sebanyak 3.500 atlet dari 14 kabupaten dan kota bertanding di 40 cabang olahraga.
                """);
        List<String> names = a.people().stream().map(Person::name).toList();
        assertTrue(names.stream().noneMatch(n -> n.contains("Dapil") || n.equals("Kalteng")), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.equals("Raya")), names.toString());
    }

    @Test
    void noFigureStandsOutBySizeAmongItsWrongChoices() {
        String text = """
                Harga Daging Sapi di Pasar Sukamaju Naik

                SUKAMAJU – Harga cabai rawit di Pasar Induk Sukamaju pada Senin (14/10/2024) tercatat Rp36.000 per \
                kilogram, naik dari pekan sebelumnya.

                Harga bawang merah di pasar yang sama bertahan Rp25.000 per kilogram, sedangkan bawang putih dijual \
                Rp30.000 per kilogram.

                Harga daging sapi di Pasar Induk Sukamaju pada hari yang sama tercatat Rp125.000 per kilogram, \
                tidak berubah dari bulan lalu.

                Kepala Dinas Perdagangan Sukamaju, Budi Santoso, meminta pedagang tidak menimbun barang.
                """;
        boolean asked = false;
        for (Question q : all(text)) {
            if (q.skill() == Skill.NUMBER && q.type() == QuestionType.MULTIPLE_CHOICE) {
                List<String> wrong = q.choices().stream().filter(c -> !q.answer().contains(c)).toList();
                assertFalse(NumberQuestions.outlier(q.answer().get(0), wrong), q.answer() + " among " + q.choices());
                for (String w : wrong) {
                    assertFalse(NumberQuestions.outlier(w, q.choices().stream().filter(c -> !c.equals(w)).toList()),
                            w + " stands out by size among " + q.choices());
                }
                asked |= q.answer().get(0).contains("125.000");
            }
        }
        assertTrue(asked, "the beef price is asked");
    }

    @Test
    void aBodysShortFormIsNoPartOfAName() {
        ArticleAnalysis a = ANALYZER.analyze("""
                Kasus Demam Berdarah Meningkat

                "Biasanya kasus naik lagi pada November dan Desember," kata Direktur Pencegahan dan Pengendalian \
                Penyakit Tular Vektor dan Zoonosis Kemenkes Ratna Dewi saat dikonfirmasi di Jakarta, Kamis.

                Ia mengemukakan Kota Sukamaju menduduki peringkat pertama berdasarkan laporan Dirjen Pencegahan dan \
                Pengendalian Penyakit Tular Vektor dan Zoonosis Kemenkes pada pembaruan data terakhir.

                Plt Direktur Sekolah Menengah Atas Kemendikbudristek Ahmad Santoso menyebut pengumuman digelar pekan depan.
                """);
        List<String> names = a.people().stream().map(Person::name).toList();
        assertTrue(names.stream().noneMatch(n -> n.contains("Kemenkes") || n.contains("Kemendikbudristek")), names.toString());
        // the quote is hers or nobody's, never the tail of her title's
        assertTrue(a.quotes().stream().allMatch(q -> q.speaker() == null || "Ratna Dewi".equals(q.speaker())),
                a.quotes().toString());
    }

    @Test
    void theAnswerIsNotAlwaysTheSecondOfFourNearFigures() {
        java.util.Set<Integer> places = new java.util.HashSet<>();
        for (String figure : List.of("530", "13", "1.250", "86", "2.400", "75", "318", "4.096")) {
            String text = """
                    Kerugian Negara dalam Kasus Dana Desa

                    SUKAMAJU – Kejaksaan Negeri Sukamaju menetapkan seorang perangkat desa sebagai tersangka dalam kasus \
                    korupsi dana desa yang menimbulkan kerugian negara sekitar Rp%s juta pada tahun anggaran 2023.

                    Kepala Kejaksaan Negeri Sukamaju, Budi Santoso, mengatakan penyidik masih memeriksa saksi lain.
                    """.formatted(figure);
            for (Question q : all(text)) {
                if (q.skill() == Skill.NUMBER && q.type() == QuestionType.MULTIPLE_CHOICE) {
                    List<Double> sizes = q.choices().stream()
                            .map(c -> Double.parseDouble(c.replaceAll("[^0-9,]", "").replace(",", "."))).sorted().toList();
                    places.add(sizes.indexOf(Double.parseDouble(q.answer().get(0).replaceAll("[^0-9,]", "").replace(",", "."))));
                }
            }
        }
        assertTrue(places.size() >= 3, "the answer stands at places " + places + " among its choices by size");
    }
}
