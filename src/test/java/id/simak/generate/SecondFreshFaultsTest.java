package id.simak.generate;

import static id.simak.generate.RealLanguage.ANALYZER;
import static id.simak.generate.RealLanguage.GENERATOR;
import static id.simak.generate.RealLanguage.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.Person;
import id.simak.analysis.Place;
import id.simak.analysis.Quote;

/**
 * Faults the judges found on the second fresh set of real news (2026-12-05, afternoon), each reproduced on a text
 * written for the test: wrong dates that each change one part of the right one, so the answer is the one the
 * others have in common; an outlet's name in capitals and a bare compass word offered as places; a body named by
 * its short form read as a person ("Kepala Lapan"); a quote given to the one named in brackets before it; a figure
 * the sentence's other figures add up to; prompts that open with an unresolved "dia" or a cut relative clause; and a
 * "who said it" where only one person speaks.
 */
class SecondFreshFaultsTest {

    private static List<Question> ofSkill(String text, Skill skill) {
        return all(text).stream().filter(q -> q.skill() == skill).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025-04-06", "2024-12-28", "2023-01-31", "--05-16", "--11-25", "2022-01", "2021-12",
            "--05-18/--05-19", "2023-05-09/2023-05-11" })
    void noPartOfTheAnswerIsSharedByEveryWrongDate(String value) {
        List<String> choices = new ArrayList<>(IndonesianDates.near(value).subList(0, 3));
        choices.add(value);
        String[] parts = value.replaceFirst("^--", "").split("[-/]+");
        for (int i = 0; i < parts.length; i++) {
            int shared = 0;
            for (String c : choices) {
                if (c.replaceFirst("^--", "").split("[-/]+")[i].equals(parts[i])) {
                    shared++;
                }
            }
            assertEquals(2, shared, "part " + i + " of " + value + " among " + choices
                    + ": the answer would be the one whose parts the others share");
        }
    }

    @Test
    void aYearIsNotAlwaysTheMiddleOfItsChoices() {
        Set<Integer> places = new HashSet<>();
        for (int y = 2010; y < 2018; y++) {
            List<Integer> choices = new ArrayList<>();
            choices.add(y);
            IndonesianDates.near(Integer.toString(y)).subList(0, 3).forEach(v -> choices.add(Integer.parseInt(v)));
            choices.sort(null);
            assertEquals(3, choices.get(3) - choices.get(0), "four years in a row: " + choices);
            places.add(choices.indexOf(y));
        }
        assertEquals(Set.of(0, 1, 2, 3), places, "the answer takes every place among the years");
    }

    private static final String VISIT = """
            Presiden Tiba di Kuching

            SUARAKITA - Presiden Republik Indonesia, Budi Santoso melakukan kunjungan ke Kuching, Malaysia pada Minggu, 6 April 2025.

            Dari Jakarta, Presiden Budi dijadwalkan tiba di Bandar Udara Internasional Kuching, Sarawak untuk selanjutnya menuju ke Sibu.

            Di Sibu, Presiden Budi akan bertemu dengan pengusaha di kediaman resmi gubernur di Kompleks Astana.

            Lokasi pelabuhan baru yang dibahas berada di wilayah Timur Indonesia, seperti di Biak dan Morotai.
            """;

    @Test
    void anOutletInCapitalsAndACompassWordAreNoPlacesToChoose() {
        ArticleAnalysis a = ANALYZER.analyze(VISIT);
        assertFalse(a.places().stream().map(Place::text).anyMatch("Timur"::equals), "a compass word read as a place: " + a.places());
        List<Question> places = ofSkill(VISIT, Skill.PLACE);
        assertFalse(places.isEmpty(), "places are asked");
        for (Question q : places) {
            for (String c : q.choices()) {
                assertFalse(c.equals("SUARAKITA") || c.equals("Timur"), "a wrong choice of another kind: " + q.choices());
            }
            assertFalse(q.prompt().contains("SUARAKITA"), "the outlet put into a statement: " + q.prompt());
        }
    }

    private static final String AGENCY = """
            Lapan: Indonesia Bisa Luncurkan Satelit

            Kepala Lapan, Thomas Hidayat (Foto: Situs Lapan)

            Jakarta - Kepala Lembaga Penerbangan dan Antariksa Nasional (LAPAN), Thomas Hidayat memperkirakan dalam seperempat abad ke depan Indonesia akan mampu meluncurkan satelit sendiri.

            Deputi Bidang Teknologi Dirgantara LAPAN Sari Wulandari mengatakan, Indonesia belum menguasai teknologi roket peluncur.

            Kementerian Perdagangan kini dipimpin menteri baru, menyusul digantikannya Menteri Bagus Lukito dengan Menteri Hendra Wijaya.

            Direktur Jenderal Perdagangan Luar Negeri, Agus Prasetyo memastikan agenda Mendag baru (Hendra Wijaya) telah padat menanti.

            “Minggu ini kita tunggu kabinet baru. Saya akan laporkan ke menteri yang baru karena akhir bulan kita harus jalan,” ungkapnya kepada wartawan.

            “Satelit kecil bisa diluncurkan dengan roket sendiri,” kata Sari.
            """;

    @Test
    void aBodyNamedByItsShortFormIsNoPersonAndABracketedNameIsNoSpeaker() {
        ArticleAnalysis a = ANALYZER.analyze(AGENCY);
        assertFalse(a.people().stream().map(Person::name).anyMatch(n -> n.equalsIgnoreCase("Lapan")),
                "an agency read as a person: " + a.people());
        Quote report = a.quotes().stream().filter(q -> q.text().startsWith("Minggu ini")).findFirst().orElseThrow();
        assertEquals("Agus Prasetyo", report.speaker(), "the one who goes on speaking, not the minister in brackets");
    }

    @Test
    void aFigureTheOtherFiguresAddUpToWaitsInTheBank() {
        String text = """
                Guru Honorer Diangkat

                Jumlah guru honorer yang diangkat menjadi pegawai di kabupaten itu tahun ini mencapai 481 orang dan semuanya sudah menerima surat keputusan.

                Rinciannya, dari 481 orang itu ada guru taman kanak-kanak 15 orang, guru sekolah dasar 340 orang dan guru sekolah menengah 126 orang.

                Dinas pendidikan juga menyiapkan 55 formasi baru untuk pengangkatan tahun depan di seluruh kecamatan.
                """;
        Generation g = GENERATOR.generate(ANALYZER.analyze(text));
        assertTrue(g.draft().stream().anyMatch(q -> q.skill() == Skill.NUMBER && q.answer().contains("55")),
                "a figure read from the text is in the draft: " + g.draft());
        for (Question q : g.draft()) {
            assertFalse(q.skill() == Skill.NUMBER && q.evidence().text().startsWith("Rinciannya"),
                    "a part the total and the other parts give by subtraction: " + q.prompt() + " -> " + q.answer());
        }
    }

    @Test
    void promptsDoNotOpenWithAnUnresolvedPronounOrACutClause() {
        String text = """
                Longsor di Jalan Poros

                Tim gabungan menghentikan pencarian korban tanah longsor di jalan poros kabupaten pada Kamis, 12 Desember 2024.

                Dimana dalam insiden yang terjadi pada Senin, 9 Desember 2024 itu, tiga rumah warga tertimbun material longsor.

                Menurut dia, pencarian akan dilanjutkan pada Sabtu, 14 Desember 2024 bila cuaca membaik.
                """;
        List<Question> facts = all(text).stream().filter(q -> !q.skill().isVocabulary()).toList();
        assertFalse(facts.isEmpty());
        for (Question q : facts) {
            assertFalse(q.prompt().contains("Dimana dalam") || q.prompt().contains("Menurut dia"),
                    "a prompt that does not stand on its own: " + q.prompt());
        }
    }

    @Test
    void whoSaidItWaitsInTheBankWhenOnlyOnePersonSpeaks() {
        String text = """
                Mendagri Minta Kepala Daerah Tunda Perjalanan

                Menteri Dalam Negeri Tito Karnavian meminta kepala daerah menunda perjalanan ke luar negeri selama masa tanggap darurat banjir.

                “Saya minta semua kepala daerah tetap di tempat dan memimpin penanganan bencana,” kata Tito di Jakarta, Senin (6/1/2025).

                Ia juga meminta para sekretaris daerah memastikan anggaran darurat segera cair untuk warga yang mengungsi.

                Rapat itu dihadiri Sekretaris Jenderal Kemendagri Suhajar Diantoro dan Kepala BNPB Suharyanto di kantor kementerian.

                “Kalau ada yang harus berangkat, wajib izin tertulis dan alasannya harus mendesak,” ujar Tito.
                """;
        Generation g = GENERATOR.generate(ANALYZER.analyze(text));
        assertTrue(g.draft().stream().noneMatch(q -> q.skill() == Skill.QUOTE && q.type() != QuestionType.CLOZE),
                "who said it, with one speaker in the article, in the draft: " + g.draft());
    }

    @Test
    void aFigureTheHeadlineWritesInDigitsIsNotAskedInWords() {
        String text = """
                Petugas Evakuasi 5 Penyu dari Kolam Warga

                Petugas balai konservasi mengevakuasi lima ekor penyu hijau dari kolam milik warga di pesisir kabupaten pada Senin pagi.

                Penyu-penyu itu dipelihara warga selama 14 bulan sebelum petugas datang setelah menerima laporan dari kelompok nelayan setempat.
                """;
        for (Question q : ofSkill(text, Skill.NUMBER)) {
            assertFalse(q.type() != QuestionType.TRUE_FALSE && q.answer().contains("lima"),
                    "the headline says 5: " + q.prompt());
        }
    }

    @Test
    void noTwoDraftQuestionsOfferTheSameChoices() {
        String text = """
                Indonesia Naik ke Posisi Kedua

                Indonesia naik ke posisi kedua klasemen perolehan medali setelah menambah 12 medali emas pada Jumat (6/12/2019).

                Tambahan 12 emas tersebut membuat Indonesia kini mengoleksi 40 emas, 41 perak, dan 47 perunggu.

                Tuan rumah mengoleksi 71 emas, 55 perak, dan 50 perunggu di puncak klasemen sementara.

                Vietnam yang turun ke posisi ketiga mengoleksi 38 emas, 52 perak, dan 36 perunggu sampai hari ini.

                Singapura yang menduduki posisi keempat mengumpulkan 32 emas, 22 perak, dan 36 perunggu dari semua cabang.

                Malaysia di peringkat lima dengan 28 emas, 20 perak, dan 29 perunggu setelah pertandingan hari kesembilan.
                """;
        List<Question> draft = GENERATOR.generate(ANALYZER.analyze(text)).draft().stream()
                .filter(q -> q.type() == QuestionType.MULTIPLE_CHOICE).toList();
        Set<Set<String>> seen = new HashSet<>();
        for (Question q : draft) {
            assertTrue(seen.add(new HashSet<>(q.choices())), "the same four choices twice in the draft: " + q.choices());
        }
    }

    @Test
    void anExcerptDoesNotOpenWithAVerbWhoseSubjectItLeftBehind() {
        String cut = ArticleContext.excerpt("Sekretaris jenderal kementerian itu mengatakan, enam satwa yang dilepas di "
                + "kawasan hutan seluas 35 ribu hektare itu, merupakan hasil sitaan petugas dari warga kota pada akhir "
                + "tahun " + ArticleContext.GAP + " lalu sebelum dirawat di pusat rehabilitasi satwa.", ArticleContext.GAP);
        assertFalse(cut.startsWith("… merupakan"), cut);
        assertTrue(cut.contains("enam satwa"), "the clause's subject is kept: " + cut);
    }

    @Test
    void aNameOfThreeCapitalisedWordsKeepsItsCapitalInAPrompt() {
        String text = """
                DPRD Setujui Empat Raperda

                Bengkulu - Dewan Perwakilan Rakyat Daerah Provinsi Bengkulu menyetujui empat rancangan peraturan daerah dalam rapat paripurna pada Selasa (25/7/2023).

                Rapat dewan itu dihadiri 30 anggota dan dipimpin ketua dewan setelah pembahasan selama tiga bulan.
                """;
        for (Question q : all(text)) {
            assertFalse(q.prompt().contains("dewan Perwakilan"), "a name lower-cased: " + q.prompt());
        }
    }

    @Test
    void aPlaceAndAColonOpeningTheStoryIsItsDateline() {
        String text = """
                Neraca Dagang Surplus Lagi

                Jakarta: Neraca perdagangan barang Indonesia mencatatkan surplus senilai USD2,41 miliar pada November 2023 menurut data terbaru.

                Catatan: Capaian itu memperpanjang tren surplus dagang selama 43 bulan secara beruntun sejak Mei 2020.
                """;
        ArticleAnalysis a = ANALYZER.analyze(text);
        assertEquals("Jakarta", a.dateline() == null ? null : a.dateline().place());
        for (Question q : all(text)) {
            assertFalse(q.prompt().contains("Jakarta:"), "the dateline inside a prompt: " + q.prompt());
        }
    }
}
