package id.simak.generate;

import static id.simak.generate.RealLanguage.GENERATOR;
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

/**
 * Faults the judges found on the sixth fresh set of real news (2026-12-06), each reproduced on a text written for
 * the test: the day someone spoke asked as an event, a gap that leaves the weekday of its date behind, a day bound
 * by the day beside it, and one end of a price range asked as a number.
 */
class SixthFreshFaultsTest {

    private static final String ARREST = """
            Polisi Tangkap Dua Pengedar Sabu di Sukamaju

            SUKAMAJU – Kepolisian Resor Sukamaju menangkap dua pengedar sabu di sebuah rumah kos di Kecamatan Cibeber.

            Kapolres Sukamaju AKBP Budi Santoso mengatakan pada Senin (12/9/2022) bahwa kedua tersangka sudah lama \
            diintai petugas.

            Dari tangan tersangka, petugas menyita 25 gram sabu, dua timbangan digital, dan tiga telepon genggam.

            Kedua tersangka ditangkap pada Sabtu (10/9/2022) malam setelah petugas menerima laporan warga.

            Kapolres juga menjelaskan pada Minggu (11/9/2022) bahwa barang bukti dikirim ke laboratorium forensik.
            """;

    private static final String ENROLMENT = """
            Pendaftaran Siswa Baru di Sukamaju Diperpanjang

            SUKAMAJU – Dinas Pendidikan Kabupaten Sukamaju memperpanjang masa pendaftaran peserta didik baru tingkat SMP.

            Pendaftaran dibuka mulai Rabu, 1 Juli 2020 sampai dengan Senin, 6 Juli 2020 melalui laman resmi dinas.

            Pengumuman hasil seleksi dijadwalkan pada Rabu, 8 Juli 2020, sedangkan daftar ulang pada 9 Juli 2020.

            Harga seragam sekolah di pasar naik dari Rp 80 ribu hingga Rp 120 ribu per stel menjelang tahun ajaran baru.

            Hujan deras yang mengguyur Sukamaju pada Senin (13/7) malam dan Selasa (14/7) dini hari membuat jalan \
            menuju sekolah tergenang.
            """;

    private static List<Question> draft(String text) {
        return GENERATOR.generate(ANALYZER.analyze(text)).draft();
    }

    @Test
    void theDaySomeoneSpokeIsNoQuestionOfTheDraft() {
        List<Question> draft = draft(ARREST);
        for (Question q : draft) {
            assertFalse(q.skill() == Skill.DATE && q.prompt().matches("(?s).*\\b(?:mengatakan|menjelaskan)\\b.*"),
                    "the draft asks when someone spoke: " + q.prompt());
        }
        // The day of the arrest is still asked.
        assertTrue(draft.stream().anyMatch(q -> q.skill() == Skill.DATE && q.answer().contains("Sabtu (10/9/2022)")),
                draft.toString());
    }

    @Test
    void aGapTakesTheWeekdayWrittenBeforeItsDate() {
        for (Question q : all(ENROLMENT)) {
            if (q.skill() != Skill.DATE) {
                continue;
            }
            assertFalse(q.prompt().matches("(?s).*\\b(?:Senin|Rabu),\\s*____.*"),
                    "the gap leaves its weekday behind, which the wrong choices contradict: " + q.prompt());
            if (q.type() == QuestionType.MULTIPLE_CHOICE && q.answer().equals(List.of("Rabu, 8 Juli 2020"))) {
                // Every choice carries its own weekday: 1 Juli 2020 was a Wednesday, 6 Juli 2020 a Monday.
                assertTrue(q.choices().stream().allMatch(c -> c.matches("\\p{Lu}\\p{L}+, \\d.*")), q.choices().toString());
                assertTrue(q.choices().stream().noneMatch(c -> c.equals("Rabu, 6 Juli 2020")), q.choices().toString());
            }
        }
    }

    @Test
    void aDayBoundByTheDayBesideItIsNotAsked() {
        for (Question q : all(ENROLMENT)) {
            assertFalse(q.skill() == Skill.DATE && q.prompt().contains("malam dan") && q.prompt().contains("____"),
                    "the night before a named day gives its date away: " + q.prompt());
        }
    }

    @Test
    void oneEndOfAPriceRangeIsNoNumberGap() {
        for (Question q : all(ENROLMENT)) {
            assertFalse(q.skill() == Skill.NUMBER && q.prompt().contains("Rp 80 ribu hingga ____"),
                    "the upper end of a range is asked beside its lower end: " + q.prompt());
            assertFalse(q.skill() == Skill.NUMBER && q.prompt().contains("____ hingga Rp 120 ribu"), q.prompt());
        }
    }

    @Test
    void aRolesShortFormIsThePersonNotASecondSpeaker() {
        ArticleAnalysis a = ANALYZER.analyze("""
                Gubernur Buka Festival Budaya Melayu

                PEKANBARU – Gubernur Riau Syamsuar membuka Festival Budaya Melayu di Pekanbaru, Sabtu (9/7/2022).

                "Festival ini menjadi wadah bagi generasi muda untuk mengenal budaya Melayu," kata Syamsuar.

                Kepala Dinas Kebudayaan Riau Yoserizal Zen mengatakan festival digelar selama tiga hari.

                Gubri juga meminta setiap daerah melestarikan kesenian tradisional.

                "Jangan sampai anak-anak kita lupa dengan pantun dan zapin," ujar Gubri.
                """);
        assertTrue(a.people().stream().noneMatch(p -> p.name().equals("Gubri")), a.people().toString());
        for (Quote q : a.quotes()) {
            if (q.text().startsWith("Jangan sampai")) {
                assertEquals("Syamsuar", q.speaker(), "the governor's short title is read as another speaker");
            }
        }
    }

    @Test
    void aNameInsideAnAirportsNameIsNoPersonAndTheDatelinePlaceNoPartOfAName() {
        ArticleAnalysis a = ANALYZER.analyze("""
                Penumpang Bandara Naik Jelang Lebaran

                SUKAMAJU – Jumlah penumpang di Bandara Internasional Sultan Hasanuddin Amir naik 18 persen menjelang Lebaran.

                Kepala Dinas Perhubungan Sukamaju Budi Santoso mengatakan kenaikan itu terlihat sejak Senin (10/4/2023).

                Sementara itu, General Manager bandara, Rina Wulandari, menyebutkan 12.000 penumpang tiba setiap hari.
                """);
        List<String> names = a.people().stream().map(Person::name).toList();
        assertFalse(names.contains("Hasanuddin Amir"), "a name inside an airport's name is a person: " + names);
        assertFalse(names.contains("General Manager"), "a role is a person: " + names);
        assertTrue(names.contains("Budi Santoso"), "the dateline's place is read as part of a name: " + names);
        for (Question q : all("Penumpang\n\n" + a.sentences().stream().map(s -> s.text()).reduce("", (x, y) -> x + "\n\n" + y))) {
            assertFalse(q.choices().contains("Hasanuddin Amir"), q.toString());
        }
    }

    private static final String STATE_VISIT = """
            Presiden Akan Kunjungi Lima Negara

            Jakarta – Presiden Budi Santoso akan melakukan kunjungan kenegaraan ke lima negara di Asia Selatan. Kelima \
            negara itu Sri Lanka, India, Pakistan, Bangladesh dan Afghanistan.

            Menteri Luar Negeri Rina Wulandari menjelaskan Presiden Budi akan melaksanakan kunjungan kenegaraan ke \
            Afghanistan pada akhir Januari 2018 guna membantu membangun perdamaian di negeri tersebut.
            """;

    @Test
    void theOneWhoSpeaksOfAVisitIsNotTheVisitor() {
        ArticleAnalysis a = ANALYZER.analyze(STATE_VISIT);
        assertTrue(a.visits().stream().noneMatch(v -> v.visitor() != null && v.visitor().startsWith("Rina")),
                "the minister who speaks of the visit is read as the visitor: " + a.visits());
        // "Presiden Jokowi" for "Presiden Joko Widodo": the visitor goes by the full name the people give.
        assertTrue(a.visits().stream().anyMatch(v -> "Budi Santoso".equals(v.visitor()) && v.places().contains("Afghanistan")),
                a.visits().toString());
    }

    @Test
    void aOneWordRoleBeforeANameIsTheRole() {
        ArticleAnalysis a = ANALYZER.analyze("""
                Rapat Terbatas di Istana

                Jakarta – Rapat dihadiri Wakil Presiden Jusman Hadi, Mensesneg Pratama Adi, dan Gubernur DKI Jakarta \
                Rudi Hartono.
                """);
        List<String> names = a.people().stream().map(Person::name).toList();
        assertFalse(names.contains("Mensesneg Pratama Adi"), names.toString());
        assertFalse(names.contains("Jakarta Rudi Hartono"), names.toString());
    }

    @Test
    void aVisitToComeIsAskedAsOneAndCountriesListedWithItAreNoWrongChoices() {
        boolean asked = false;
        for (Question q : all(STATE_VISIT)) {
            if (q.skill() != Skill.VISIT || !q.answer().contains("Afghanistan") && !q.answer().contains("Afganistan")) {
                continue;
            }
            asked = true;
            assertTrue(q.prompt().contains("akan"), "a planned visit is asked as done: " + q.prompt());
            for (String c : q.choices()) {
                assertFalse(List.of("Sri Lanka", "India", "Pakistan", "Bangladesh").contains(c),
                        "a country of the same trip is a wrong choice: " + q.choices());
            }
        }
        assertTrue(asked, "the visit to Afghanistan is not asked");
    }

    @Test
    void aChangesWrongChoicesGoTheWayTheSentenceSays() {
        String text = """
                Harga Cabai di Sukamaju Turun

                SUKAMAJU – Badan Pusat Statistik Sukamaju mencatat harga cabai rawit di tingkat pedagang turun pada \
                Maret 2021.

                Rata-rata harga cabai rawit turun dari Rp42.500,00 menjadi Rp38.250,50 per kilogram dibandingkan \
                bulan sebelumnya.

                Kepala BPS Sukamaju Rina Wulandari mengatakan penurunan harga dipicu melimpahnya pasokan cabai dari sentra produksi.
                """;
        int asked = 0;
        for (Question q : all(text)) {
            if (q.skill() != Skill.NUMBER || q.type() != QuestionType.MULTIPLE_CHOICE) {
                continue;
            }
            if (q.answer().equals(List.of("Rp38.250,50"))) {
                asked++;
                assertTrue(q.choices().stream().noneMatch(c -> value(c) >= 42500), "a fall that ends above its start: " + q.choices());
            }
            if (q.answer().equals(List.of("Rp42.500,00"))) {
                asked++;
                assertTrue(q.choices().stream().allMatch(c -> value(c) > 38250.50), "a fall that starts below its end: " + q.choices());
            }
        }
        assertEquals(2, asked, "both ends of the change are asked");
    }

    private static double value(String rupiah) {
        return Double.parseDouble(rupiah.replace("Rp", "").replace(".", "").replace(',', '.'));
    }

    @Test
    void aTownsWrongChoicesAreNoSitesAndTheSourceOfAReportIsNoPlace() {
        ArticleAnalysis a = ANALYZER.analyze("""
                Presiden ke Asia Selatan

                Jakarta – Presiden Budi Santoso berangkat dari Pangkalan TNI AU Halim Perdanakusuma pada Senin (22/1/2018).

                Dilansir dari Antara, Presiden akan menghadiri KTT ASEAN-India di New Delhi.

                Presiden juga ingin mengetahui kondisi di Kabul dan wilayah lain di Afghanistan.

                Sebelumnya, Presiden meresmikan Lanud Sultan Hasanuddin di Makassar.
                """);
        assertTrue(a.places().stream().noneMatch(p -> p.text().equals("Antara")), a.places().toString());
        for (Question q : GENERATOR.generate(a).all()) {
            if (q.skill() == Skill.PLACE && q.type() == QuestionType.MULTIPLE_CHOICE && q.answer().equals(List.of("New Delhi"))) {
                assertTrue(q.choices().stream().noneMatch(c -> c.startsWith("Pangkalan") || c.startsWith("Lanud")),
                        "a site among towns: " + q.choices());
            }
        }
    }
}
