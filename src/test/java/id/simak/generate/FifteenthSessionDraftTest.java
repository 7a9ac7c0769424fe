package id.simak.generate;

import static id.simak.generate.RealLanguage.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the fifteenth session on issue 11 changed, each on a text written for the test from a fault the judges of a
 * fresh set found: places of another kind among the choices (a sea or a continent among towns, an office, one town
 * twice, a wind direction as the answer, towns among islands), a date of a count asked as the day of a happening, a
 * question whose cut phrase ends on "sekira", a headline that names the one asked who, a clipped district name asked as
 * a short form, a gap inside "1 bulan 8 hari", a sentence opening "Sebaliknya", and dates whose wrong choices always
 * fall after the answer.
 */
class FifteenthSessionDraftTest {

    private static List<Question> of(String text, Skill skill) {
        return all(text).stream().filter(q -> q.skill() == skill).toList();
    }

    /** The questions of one skill, which the text must give some of, so a check over them cannot pass on none. */
    private static List<Question> asked(String text, Skill skill) {
        List<Question> out = of(text, skill);
        assertFalse(out.isEmpty(), "no " + skill + " question at all");
        return out;
    }

    private static final String PILGRIMS = """
            Ratusan Calon Jamaah Haji Sukamaju Ikuti Manasik

            SUKAMAJU – Sebanyak 350 calon jamaah haji dari Kab Sukamaju mengikuti manasik haji di aula Kemenag Sukamaju, \
            Rabu (4/5/2016).

            Kepala Kemenag Sukamaju, Darsono, mengatakan jamaah tahun ini berangkat dalam tiga kelompok terbang.

            Kelompok terbang pertama seluruhnya berasal dari Sukamaju, sedangkan kelompok kedua bergabung dengan jamaah \
            asal Sukaraja.

            Kelompok ketiga mendapat tambahan jamaah dari Sukadamai dan Sukasari.

            Jamaah akan berangkat melalui Bandara Sukajaya pada awal Agustus.
            """;

    @Test
    void aTownIsNotOfferedTwiceNorBesideAnOffice() {
        for (Question q : asked(PILGRIMS, Skill.PLACE)) {
            if (q.type() != QuestionType.MULTIPLE_CHOICE) {
                continue;
            }
            long sukamaju = q.choices().stream().filter(c -> c.contains("Sukamaju")).count();
            assertTrue(sukamaju <= 1, "one town offered twice: " + q.choices());
            assertFalse(q.choices().stream().anyMatch(c -> c.startsWith("Kemenag")), "an office among towns: " + q.choices());
        }
    }

    private static final String WAVES = """
            Gelombang Tinggi Ancam Nelayan Pesisir Sukamaju

            SUKAMAJU – Badan cuaca memperingatkan gelombang setinggi empat meter di perairan selatan Sukamaju, Senin (3/2/2025).

            Pola angin di wilayah Sukamaju bagian utara umumnya bergerak dari Barat Laut dengan kecepatan 8 sampai 25 knot.

            Di wilayah selatan, angin bertiup dari Barat Daya dengan kecepatan 10 sampai 30 knot.

            Gelombang tertinggi diperkirakan terjadi di Samudra Sukamaju dan Selat Sukaraja.

            Nelayan di Kabupaten Sukadamai dan Kota Sukasari diminta tidak melaut sampai Kamis.
            """;

    @Test
    void aWindDirectionIsNoPlaceAndASeaIsNoTown() {
        for (Question q : asked(WAVES, Skill.PLACE)) {
            assertFalse(q.answer().contains("Barat Laut") || q.answer().contains("Barat Daya"),
                    "a wind direction asked as a place: " + q.prompt());
            if (q.type() == QuestionType.MULTIPLE_CHOICE) {
                boolean waterAnswer = q.answer().get(0).matches("(?i)(samudra|selat|laut).*");
                for (String c : q.choices()) {
                    assertEquals(waterAnswer, c.matches("(?i)(samudra|selat|laut).*"), "a sea among towns: " + q.choices());
                    assertFalse(c.matches("Barat Laut|Barat Daya"), "a direction among places: " + q.choices());
                }
            }
        }
    }

    private static final String RICE = """
            Harga Beras Naik di Banyak Kota

            JAKARTA – Badan statistik mencatat harga beras naik di 60 kota pada Maret 2023.

            Kenaikan di luar pulau itu terutama terjadi di kota-kota Pulau Sumatera, Kalimantan, dan Sulawesi.

            Bergeser ke Jawa, kenaikan harga beras tertinggi terjadi di Sukamaju mencapai 4,72 persen.

            Sementara itu, harga beras di Kota Sukaraja turun 0,5 persen.

            Penurunan juga tercatat di Kabupaten Sukadamai sebesar 0,3 persen.
            """;

    @Test
    void aTownIsNotAskedAmongIslandsNorAmongPlacesTheQuestionNames() {
        for (Question q : asked(RICE, Skill.PLACE)) {
            if (q.type() != QuestionType.MULTIPLE_CHOICE || !q.answer().get(0).contains("Sukamaju")) {
                continue;
            }
            for (String c : q.choices()) {
                assertFalse(List.of("Sumatera", "Kalimantan", "Sulawesi", "Jawa").contains(c), "an island among towns: " + q.choices());
            }
        }
    }

    private static final String FEVER = """
            Kasus Demam Berdarah Meningkat

            JAKARTA – Direktur pencegahan penyakit Budi Santoso menyebut kasus demam berdarah di Indonesia mencapai \
            53.131 orang per tanggal 26 Maret 2024.

            Hal itu disampaikan Budi dalam jumpa pers di Jakarta, Selasa (2/4/2024).

            Kasus tertinggi tercatat di Kabupaten Sukamaju dengan 1.658 kasus sejak Januari.

            Pemerintah meminta warga menguras bak mandi setiap pekan sejak Februari 2024.
            """;

    @Test
    void theDayACountWasMadeIsNotAskedAsTheDayOfAHappening() {
        for (Question q : asked(FEVER, Skill.DATE)) {
            assertFalse(q.answer().stream().anyMatch(a -> a.contains("26 Maret")), "the day of a count asked: " + q.prompt());
        }
    }

    private static final String AMBASSADOR = """
            Duta Besar Sukaland Kunjungi Sukamaju

            SUKAMAJU – Duta Besar Sukaland untuk Indonesia, Anna Kowal, pada Minggu (21/11/2021), tiba di Sukamaju sekira \
            pukul 08:30, melalui bandara Sukajaya.

            Setibanya di bandara, Anna disambut Wali Kota Sukamaju, Budi Santoso.

            Anna kemudian mengunjungi pasar rempah dan museum kota pada Senin (22/11/2021).

            Kunjungan itu membahas kerja sama perdagangan pala dan cengkih.
            """;

    @Test
    void noWhenQuestionEndsOnSekira() {
        for (Question q : all(AMBASSADOR)) {
            assertFalse(q.prompt().matches("(?s).*\\bsekira\\?$"), "a cut phrase ending on 'sekira': " + q.prompt());
        }
    }

    private static final String GOVERNOR = """
            Budi Santoso Tinjau Pengungsi Banjir di Sukamaju

            SUKAMAJU – Gubernur Budi Santoso meninjau langsung tempat pengungsian warga terdampak banjir di Kecamatan \
            Sukamaju Selatan (Susel), Kamis (27/10/2022).

            Ia didampingi Bupati Sukamaju Anang Darmo dan Kepala Badan Penanggulangan Bencana Daerah (BPBD) Sarianto.

            Pengungsi di gedung olahraga desa berjumlah 220 jiwa dari 97 kepala keluarga.

            Bantuan makanan dan selimut disalurkan ke Kecamatan Sukamaju Selatan (Susel) dan Kecamatan Sukaraja.
            """;

    @Test
    void theHeadlineThatNamesWhoDidItGivesTheAnswerAway() {
        for (Question q : all(GOVERNOR)) {
            assertFalse(q.skill() == Skill.AGENT && q.answer().contains("Budi Santoso"), "the headline names him: " + q.prompt());
        }
    }

    @Test
    void aClippedDistrictNameIsNoShortFormToWriteOut() {
        for (Question q : asked(GOVERNOR, Skill.ACRONYM)) {
            assertFalse(q.prompt().contains("Susel"), "a district's clipped name asked: " + q.prompt());
        }
    }

    private static final String COURT = """
            Pengunjung Sidang Baku Hantam di Pengadilan Sukamaju

            SUKAMAJU – Kericuhan terjadi di Pengadilan Negeri Sukamaju, Kamis (10/1/2019), usai pembacaan putusan.

            Terdakwa penganiayaan divonis 1 bulan 8 hari oleh majelis hakim yang diketuai Hakim Darsono.

            Keluarga korban tidak terima dan menyerang keluarga terdakwa di halaman pengadilan.

            Polisi mengamankan 4 orang yang terlibat perkelahian tersebut.
            """;

    @Test
    void noGapInsideOneLengthOfTime() {
        for (Question q : asked(COURT, Skill.NUMBER)) {
            assertFalse(q.prompt().contains("1 bulan ____ hari") || q.prompt().contains("____ bulan 8 hari"),
                    "a gap inside '1 bulan 8 hari': " + q.prompt());
        }
    }

    private static final String FERRY = """
            Arus Balik Lebaran di Pelabuhan Sukamaju

            SUKAMAJU – Puluhan kapal melayani penyeberangan pada hari pertama setelah Lebaran, Kamis (11/4/2024).

            Dari Jawa ke Sumatera tercatat sebanyak 13.347 unit kendaraan menyeberang.

            Sebaliknya, dari Sumatera ke Jawa sebanyak 8.974 unit.

            Jumlah penumpang pejalan kaki mencapai 60.782 orang.
            """;

    @Test
    void aSentenceOpeningWithSebaliknyaIsNotQuotedAlone() {
        for (Question q : asked(FERRY, Skill.NUMBER)) {
            assertFalse(q.prompt().contains("Sebaliknya, dari Sumatera"), "'Sebaliknya' leans on the sentence before: " + q.prompt());
        }
    }

    @Test
    void wrongDaysFallBeforeTheAnswerAsOftenAsAfter() {
        // Over many days of one year, the answer is the earliest of the choices about as often as not.
        int earliest = 0;
        int asked = 0;
        for (int month = 1; month <= 12; month++) {
            for (int day = 3; day <= 27; day += 4) {
                String value = String.format("2024-%02d-%02d", month, day);
                List<String> near = new ArrayList<>(IndonesianDates.near(value));
                near.removeIf(v -> !v.startsWith("2024"));
                List<String> three = near.subList(0, Math.min(3, near.size()));
                if (three.size() < 3) {
                    continue;
                }
                asked++;
                if (three.stream().allMatch(v -> v.compareTo(value) > 0)) {
                    earliest++;
                }
            }
        }
        assertTrue(earliest < asked * 0.6, "the answer is the earliest choice in " + earliest + " of " + asked);
    }

    private static final String SOLAR = """
            Listrik Surya Masuk Desa Terpencil Sukamaju

            SUKAMAJU – Pemerintah meresmikan 47 pembangkit listrik tenaga surya di desa terpencil, Kamis (26/6/2025).

            "Dengan energi tenaga surya, setiap desa bisa swasembada energi. Pulau-pulau terpencil dan desa di \
            perbatasan tidak lagi gelap," kata Presiden Budi Santoso.

            "Kita akan menjadi negara yang mencapai nol emisi karbon tepat waktu. Program ini adalah langkah pertama \
            dari banyak langkah," ujar Budi.

            Menteri Energi Anang Darmo menambahkan, "Dalam lima tahun, desa tanpa listrik akan terpasang panel surya \
            lewat kerja sama swasta dan pemerintah daerah di seluruh provinsi."

            "Program ini memperkuat posisi kita sebagai pemimpin transisi energi. Ini gotong royong semua pihak," \
            kata Direktur Listrik Desa, Sarianto.
            """;

    @Test
    void aQuoteShownInPartEndsWhereItPausesNotInsideAPhrase() {
        List<Question> matching = of(SOLAR, Skill.QUOTE).stream().filter(q -> q.type() == QuestionType.MATCHING).toList();
        assertFalse(matching.isEmpty(), "no matching question on four quotes of three speakers");
        for (String item : matching.get(0).items()) {
            assertFalse(item.contains("gotong …") || item.contains("terpencil dan …") || item.contains("Program …"),
                    "cut inside a phrase: " + item);
        }
    }

    private static final String FOGGING = """
            Warga Sukamaju Meninggal karena Demam Berdarah

            SUKAMAJU – Seorang warga Desa Sukamaju meninggal dunia akibat demam berdarah, Senin (11/11/2024).

            Dinas kesehatan mencatat 74 kasus demam berdarah di kabupaten itu sejak Januari 2024.

            Fogging pun digencarkan di desa-desa yang dinilai rawan demam berdarah, Rabu (13/11/2024).

            Warga diminta menguras bak mandi dan menutup tempat penampungan air.
            """;

    @Test
    void aWhenQuestionLeavesOutTheParticlePun() {
        List<Question> dates = of(FOGGING, Skill.DATE);
        assertTrue(dates.stream().anyMatch(q -> q.prompt().toLowerCase(java.util.Locale.ROOT).startsWith("kapan fogging digencarkan")),
                "no question on the fogging: " + dates.stream().map(Question::prompt).toList());
    }

    private static final String HARBOUR = """
            Bupati Sukamaju Resmikan Tempat Pelelangan Ikan

            Bupati Sukamaju Budi Santoso bersama para anggota Forkopimda (Forum Komunikasi Pimpinan Daerah.red), \
            berfoto bersama usai peresmian.

            SUKAMAJU – Bupati Sukamaju Budi Santoso meresmikan Tempat Pelelangan Ikan (TPI) Sukajaya, Rabu (4/5/2022).

            "Semua tahapan pembangunan TPI berjalan lancar, hampir tidak ada kendala yang berarti," kata Budi.

            Kepala Dinas Kelautan dan Perikanan Sukamaju, Darsono, mengatakan TPI itu dibangun dengan biaya Rp4 miliar.

            "Nelayan kini bisa menjual ikan dengan harga yang lebih baik," ujar Darsono.
            """;

    @Test
    void aShortFormTheTextSpellsOutIsNoPerson() {
        var analysis = id.simak.generate.RealLanguage.ANALYZER.analyze(HARBOUR);
        assertTrue(analysis.acronyms().stream().anyMatch(a -> a.shortForm().equals("Forkopimda")
                && a.longForm().equals("Forum Komunikasi Pimpinan Daerah")), "the short form is read: " + analysis.acronyms());
        assertFalse(analysis.people().stream().anyMatch(p -> p.name().equals("Forkopimda")), "a forum taken for a person");
        for (Question q : asked(HARBOUR, Skill.QUOTE)) {
            assertFalse(q.choices().contains("Forkopimda"), "a forum offered as a speaker: " + q.choices());
        }
    }

    private static final String HARVEST = """
            Panen Raya Jagung di Sukamaju

            22 Mei 2025

            SUKAMAJU – Bupati Sukamaju Budi Santoso memanen jagung bersama kelompok tani di Desa Sukajaya, Kamis (22/5/2025).

            Panen raya jagung itu menghasilkan 8 ton per hektare, naik dari 6 ton tahun lalu.

            Kelompok tani Sukajaya berdiri sejak 2019 dan kini beranggotakan 45 petani.

            Jagung hasil panen akan dijual ke pabrik pakan ternak di Kabupaten Sukaraja.
            """;

    @Test
    void noWrongDayFallsAfterThePageWasPublished() {
        for (Question q : asked(HARVEST, Skill.DATE)) {
            for (String c : q.choices()) {
                assertFalse(c.matches(".*\\((?:2[3-9]|3[01])/5/2025\\).*|.*/(?:[6-9]|1[0-2])/2025\\).*"),
                        "a day after the page's date: " + q.choices());
            }
        }
    }

    @Test
    void theMonthNextToJanuaryOrDecemberIsOfTheSameYear() {
        // "Minggu (28/01/2024)": the wrong days in another month are in February 2024, not in December 2024, eleven
        // months after the answer (and after the day the page was published); December's are in November.
        for (String v : IndonesianDates.near("2024-01-28")) {
            assertFalse(v.startsWith("2024-12"), "December of the answer's year offered beside January: " + v);
        }
        for (String v : IndonesianDates.near("2023-12-10")) {
            assertFalse(v.startsWith("2023-01"), "January of the answer's year offered beside December: " + v);
        }
    }
}
