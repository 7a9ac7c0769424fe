package id.simak.generate;

import static id.simak.generate.RealLanguage.ANALYZER;
import static id.simak.generate.RealLanguage.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.Person;
import id.simak.analysis.Quote;
import id.simak.analysis.Sentence;

/**
 * Faults the judges found on the first fresh set of real news (2026-12-05), each reproduced on a text written for
 * the test: "Kapan ...?" prompts built on what is no event, choices the gap's own sentence rules out, a date that
 * does not exist, a family name in capitals cut from its person, officials of the other side offered, "ungkapnya"
 * given to the person met, a caption read as the story, and a word typed twice.
 */
class FreshJudgedFaultsTest {

    private static List<Question> ofSkill(String text, Skill skill) {
        return all(text).stream().filter(q -> q.skill() == skill).toList();
    }

    private static final String ECLIPSE = """
            Gerhana Bulan Total Akhir Januari

            CIANJURNEWS.com - Indonesia adalah salah satu wilayah yang akan dilintasi gerhana bulan total saat purnama 31 Januari 2018.

            Keseluruhan gerhana bulan total pada akhir Januari ini selama 5 jam 17 menit 12 detik.

            Hal itu disampaikan Kepala Observatorium Cianjur Rudi Hartono saat dihubungi melalui sambungan telepon, Senin (08/01).

            Pemerintah daerah memberikan batas waktu bagi sekolah untuk mendaftarkan siswa pengamat paling lambat 20 Januari 2018.
            """;

    @Test
    void whenIsNeverAskedOfWhatIsNoEvent() {
        List<Question> dates = ofSkill(ECLIPSE, Skill.DATE);
        assertFalse(dates.isEmpty(), "the eclipse's date is asked");
        for (Question q : dates) {
            assertFalse(q.prompt().matches("(?s)Kapan .*\\badalah\\b.*"), "a 'Kapan' prompt on 'adalah': " + q.prompt());
            assertFalse(q.prompt().startsWith("Kapan keseluruhan"), "the date of a duration asked: " + q.prompt());
            assertFalse(q.prompt().startsWith("Kapan melalui") || q.prompt().matches("(?s)Kapan .*dihubungi.*"),
                    "the reporter's phone call asked as an event: " + q.prompt());
        }
    }

    @Test
    void aDeadlineIsAskedAsADeadline() {
        Question q = ofSkill(ECLIPSE, Skill.DATE).stream()
                .filter(d -> d.type() == QuestionType.MULTIPLE_CHOICE && d.answer().get(0).equals("20 Januari 2018"))
                .findFirst().orElseThrow();
        assertFalse(q.prompt().contains("kapan hal berikut terjadi") || q.prompt().startsWith("Kapan "),
                "a deadline asked as what happened: " + q.prompt());
    }

    @Test
    void noChoiceIsADayTheCalendarHasNot() {
        for (Question q : ofSkill(ECLIPSE, Skill.DATE)) {
            for (String choice : q.choices()) {
                assertFalse(choice.matches("(?i).*\\b3[01] Februari.*|.*\\b31 (?:April|Juni|September|November).*"),
                        "a date that does not exist: " + q.choices());
            }
        }
    }

    @Test
    void aZeroPaddedDateIsOfferedAmongDatesWrittenTheSameWay() {
        String text = """
                Jakarta - Warga Desa Sukamaju menanam pohon pisang di tengah jalan yang rusak parah pada Minggu (18/02) sebagai bentuk protes kepada pemerintah kabupaten.

                Banjir besar melanda desa itu pada Jumat (09/02) dan merusak jalan utama sepanjang 3 kilometer.

                Bupati Sukamaju Ahmad Yani meninjau jalan tersebut pada Selasa (20/02) bersama kepala dinas pekerjaan umum.
                """;

        List<Question> padded = ofSkill(text, Skill.DATE).stream()
                .filter(q -> q.type() == QuestionType.MULTIPLE_CHOICE && q.answer().get(0).contains("/0")).toList();
        assertFalse(padded.isEmpty(), "a date written with a zero is asked");
        for (Question q : padded) {
            {
                for (String choice : q.choices()) {
                    assertTrue(choice.matches(".*\\(\\d{2}/0\\d\\)"), "a choice written otherwise than the answer: " + q.choices());
                }
            }
        }
    }

    private static String text() {
        return """
                Jakarta - Warga Desa Sukamaju menanam pohon pisang di tengah jalan yang rusak parah pada Minggu (18/02) sebagai bentuk protes kepada pemerintah kabupaten.
                """;
    }

    private static final String TB = """
            Jakarta - Kementerian Kesehatan telah mendeteksi 889.133 kasus tuberkulosis hingga awal Maret 2025 di seluruh Indonesia.

            Secara nasional, notifikasi kasus mencapai 81 persen, dengan Provinsi Banten mencatatkan notifikasi tertinggi sebesar 112 persen.

            Pemerintah menetapkan target deteksi 90 persen, yaitu 900.000 kasus, untuk tahun depan di semua provinsi.

            Cakupan imunisasi anak sekolah di kota itu baru mencapai 62 persen dari seluruh sasaran yang ditetapkan dinas.

            Sekitar 15 detik.

            Tim bulu tangkis Indonesia unggul 10 poin, 33-22, atas Jepang pada babak pertama pertandingan itu.

            Pada tahun sebelumnya, petugas mendeteksi 821.200 kasus di seluruh provinsi dan 40.000 kasus di Jawa Barat.
            """;

    @Test
    void noNumberChoiceIsRuledOutByTheGapsOwnSentence() {
        List<Question> numbers = ofSkill(TB, Skill.NUMBER).stream().filter(q -> q.type() == QuestionType.MULTIPLE_CHOICE).toList();
        Question highest = numbers.stream().filter(q -> q.answer().get(0).equals("112")).findFirst().orElseThrow();
        for (String c : highest.choices()) {
            assertTrue(Double.parseDouble(c.replace(',', '.')) > 81, "a choice below the national figure for 'tertinggi': "
                    + highest.choices());
        }
        Question share = numbers.stream().filter(q -> q.answer().get(0).equals("62")).findFirst().orElseThrow();
        for (String c : share.choices()) {
            assertTrue(Double.parseDouble(c.replace(',', '.')) <= 100, "a share above 100 %: " + share.choices());
        }
        Question total = numbers.stream().filter(q -> q.answer().get(0).equals("821.200")).findFirst().orElseThrow();
        assertFalse(total.choices().contains("40.000"), "a figure of another order of size: " + total.choices());
    }

    @Test
    void noNumberIsAskedThatTheSentenceWorksOutOrThatStandsInAFragment() {
        for (Question q : ofSkill(TB, Skill.NUMBER)) {
            assertFalse(q.answer().get(0).equals("900.000"), "'90 persen, yaitu ____' asked: " + q.prompt());
            assertFalse(q.answer().get(0).equals("15") || q.answer().get(0).equals("lima belas"), "a fragment asked: " + q.prompt());
            assertFalse(q.answer().get(0).equals("10") && q.prompt().contains("33-22"), "a margin beside its score asked: " + q.prompt());
        }
    }

    private static final String VISIT = """
            Jakarta - Menteri Luar Negeri RI Sari Wulandari dan Menteri Pertahanan RI Bambang Hartono berkunjung ke Jepang pada 28-30 Maret 2021.

            Kunjungan itu menindaklanjuti kunjungan Perdana Menteri Jepang SUGA Yoshihide ke Jakarta pada Oktober 2020 lalu.

            Selama di Jepang, kedua menteri bertemu dengan mitranya, yaitu Menteri Luar Negeri MOTEGI Toshimitsu dan Menteri Pertahanan KISHI Nobuo.

            Di Tokyo, Sari juga bertemu Direktur Badan Kerja Sama Internasional Jepang Akihiko Tanaka. "Kami membahas kerja sama maritim dan kesehatan," ungkapnya.

            Kepulangan kedua menteri disambut Wakil Presiden Joko Santoso dan Panglima TNI Agus Riyanto di Bandara Halim Perdanakusuma.
            """;

    @Test
    void aFamilyNameInCapitalsStaysWithItsPerson() {
        ArticleAnalysis a = ANALYZER.analyze(VISIT);
        assertTrue(a.people().stream().anyMatch(p -> p.name().equals("SUGA Yoshihide") && "Perdana Menteri Jepang".equals(p.role())),
                "SUGA Yoshihide, Perdana Menteri Jepang: " + a.people());
        assertTrue(a.people().stream().anyMatch(p -> p.name().equals("MOTEGI Toshimitsu")), "MOTEGI Toshimitsu: " + a.people());
        for (Question q : ofSkill(VISIT, Skill.PERSON)) {
            assertFalse(q.prompt().contains("SUGA?") || q.answer().contains("Yoshihide"), "half a name asked: " + q.prompt());
        }
    }

    @Test
    void aHostAbroadIsOfferedAmongHostsAndAnOfficialAtHomeAmongOfficialsAtHome() {
        List<String> home = List.of("Sari Wulandari", "Bambang Hartono", "Joko Santoso", "Agus Riyanto");
        for (Question q : ofSkill(VISIT, Skill.PERSON)) {
            if (q.type() != QuestionType.MULTIPLE_CHOICE || !q.prompt().contains("siapa yang menjabat")) {
                continue;
            }
            boolean answerHome = home.contains(q.answer().get(0));
            for (String choice : q.choices()) {
                assertEquals(answerHome, home.contains(choice), "a choice of the other side: " + q.prompt() + " " + q.choices());
            }
        }
    }

    @Test
    void whoGoesOnSpeakingIsWhoMetThemNotWhoWasMet() {
        Quote quote = ANALYZER.analyze(VISIT).quotes().stream().filter(q -> q.text().contains("maritim")).findFirst().orElseThrow();
        assertEquals("Sari Wulandari", quote.speaker());
    }

    private static final String CAPTION = """
            Bupati Resmikan Jembatan Swadaya

            BUPATI Sindangsari, Hendra Wijaya, melakukan gunting pita dalam peresmian jembatan gantung di Desa Cibuntu, Senin (31/12/2018). Kabar Priangan/Dedi

            SINDANGSARI | KABARPRIANGAN.CO – Jembatan gantung di Desa Cibuntu akhirnya diresmikan, Senin (31/12/2018). Jembatan sepanjang 75 meter itu dibangun dengan dana swadaya warga sebesar Rp1,3 miliar.

            Sebanyak 3 unit rumah rusak di Desa Cibuntu, 2 unit di di Desa Tonjong dan 6 unit di Desa Pasir sebelum jembatan itu dibangun.

            Puluhan Kepala Keluarga di Desa Cibuntu harus dievakuasi oleh Badan Penanggulangan Bencana Daerah pada Sabtu (18/1/2020).
            """;

    @Test
    void aCaptionAboveTheDatelineIsNoPartOfTheStory() {
        ArticleAnalysis a = ANALYZER.analyze(CAPTION);
        assertEquals("Sindangsari", a.dateline().place());
        Sentence caption = a.sentences().stream().filter(s -> s.text().startsWith("BUPATI")).findFirst().orElseThrow();
        assertFalse(caption.isBody(), "the caption read as the story");
        for (Question q : all(CAPTION)) {
            assertFalse(q.evidence().text().startsWith("BUPATI"), "a question on the caption: " + q.prompt());
        }
        assertTrue(ofSkill(CAPTION, Skill.DATE).stream().anyMatch(q -> q.answer().get(0).equals("Senin (31/12/2018)")),
                "the opening's date is still asked");
    }

    @Test
    void aWordTypedTwiceIsReadOnceAndACommonWordOpeningTheSentenceIsLowerCased() {
        for (Question q : all(CAPTION)) {
            assertFalse(q.prompt().contains("di di"), "a doubled word kept: " + q.prompt());
            assertFalse(q.prompt().startsWith("Kapan Puluhan"), "a capital in the middle of the prompt: " + q.prompt());
        }
        for (Question q : ofSkill(text(), Skill.DATE)) {
            assertFalse(q.prompt().startsWith("Kapan Warga"), "a capital in the middle of the prompt: " + q.prompt());
        }
    }

    @Test
    void theDaySomeoneSpokeAndOneEndOfASpanAreNotAskedAsTheStorysEvents() {
        String text = """
                Jakarta - Tim arkeolog menemukan sebuah sarkofagus kuno di halaman rumah warga Desa Tegalsari pada Senin (5/4).

                Kepala Balai Arkeologi Denpasar Made Suarbawa, Selasa (6/4), mengatakan kondisi temuan benda bersejarah itu tidak utuh.

                Terhadap para tersangka dilakukan penahanan selama 20 hari terhitung sejak tanggal 16 Mei 2024 sampai 4 Juni 2024 di rumah tahanan.
                """;
        for (Question q : ofSkill(text, Skill.DATE)) {
            if (q.answer().get(0).equals("Selasa (6/4)")) {
                assertTrue(q.score() < DraftPlan.CONFIDENT, "the day of a statement offered in the draft: " + q.prompt());
            }
            assertFalse(q.answer().get(0).equals("16 Mei 2024") && q.type() == QuestionType.MULTIPLE_CHOICE,
                    "one end of a span whose other end and length the sentence gives: " + q.prompt());
        }
    }
}
