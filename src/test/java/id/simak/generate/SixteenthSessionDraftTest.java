package id.simak.generate;

import static id.simak.generate.RealLanguage.ANALYZER;
import static id.simak.generate.RealLanguage.GENERATOR;
import static id.simak.generate.RealLanguage.all;
import static id.simak.generate.RealLanguage.numberChoice;
import static id.simak.generate.RealLanguage.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.Person;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the sixteenth session on issue 11 changed, each on a text written for the test from a fault the judges of a
 * fresh set found: wrong amounts on the far side of the change a sentence tells ("naik menjadi ____ dari sebelumnya
 * Rp 45.000"), a sports hall offered among regencies, an office's words read as a person's name ("Kerja Sama Taufiq"),
 * a person's nickname asked as a short form, a quotation opened in the middle and closed in the excerpt, date prompts
 * built from a clause that only says why ("menyusul laporan ...") or from a caption's "ketika", a sentence opening
 * "Yang mana", a
 * remainder whose other figure the text gives, a length its weekdays give, "Provinsi" in a long form, and a long word
 * with one wrong vowel.
 */
class SixteenthSessionDraftTest {

    private static final String EGGS = """
            Harga Telur dan Ikan Naik Jelang Puasa

            SUKAMAJU – Harga telur ayam ras di Pasar Sukamaju naik menjadi Rp 48.000 per rak dari sebelumnya Rp 45.000 \
            per rak, Senin (12/2/2024).

            Harga bawang putih juga naik menjadi Rp 38.000 per kilogram, sedangkan cabai rawit dijual Rp 25.000 per \
            kilogram.

            Pedagang telur, Sumarni, mengatakan kenaikan terjadi karena permintaan meningkat menjelang bulan puasa.

            Ketua kelompok nelayan, Ramli, mengatakan jika sebelumnya nelayan melaut sebanyak 20 kali dalam sebulan, para \
            nelayan saat ini menguranginya menjadi 12 kali karena cuaca buruk.

            Dinas Perdagangan Sukamaju akan menggelar pasar murah di 14 kecamatan mulai pekan depan.

            Pedagang daging, Ahmad, mengatakan harga daging sapi hari ini dibanderol Rp150 ribu per kg, naik dari harga \
            sebelumnya yakni Rp120 ribu per kilo.
            """;

    @Test
    void wrongAmountsLieOnTheSideTheChangeGoes() {
        List<Question> questions = all(EGGS);
        // A rise to the gapped price from Rp 45.000: a wrong price at or below it is ruled out by the sentence.
        for (double v : numberChoice(questions, "Rp 48.000").choices().stream().mapToDouble(c -> value(c.replace("Rp", ""))).toArray()) {
            assertTrue(v > 45_000, "a rise from Rp 45.000 offered as ending at " + v);
        }
        // A rise from the gapped price to Rp 48.000: a wrong start at or above it is ruled out.
        for (double v : numberChoice(questions, "Rp 45.000").choices().stream().mapToDouble(c -> value(c.replace("Rp", ""))).toArray()) {
            assertTrue(v < 48_000, "a rise to Rp 48.000 offered as starting at " + v);
        }
        // A cut from 20 times to the gap, and from the gap to 12 times.
        for (double v : numberChoice(questions, "12").choices().stream().mapToDouble(RealLanguage::value).toArray()) {
            assertTrue(v < 20, "a cut from 20 offered as ending at " + v);
        }
        for (double v : numberChoice(questions, "20").choices().stream().mapToDouble(RealLanguage::value).toArray()) {
            assertTrue(v > 12, "a cut to 12 offered as starting at " + v);
        }
        // "dibanderol Rp150 ribu per kg, naik dari harga sebelumnya yakni ____": the end told before the gap; and a
        // false statement may not put the end below the start either ("Rp50 ribu ..., naik dari ... Rp120 ribu").
        for (double v : numberChoice(questions, "Rp120 ribu").choices().stream().mapToDouble(c -> value(c.replace("Rp", ""))).toArray()) {
            assertTrue(v < 150_000, "a rise to Rp150 ribu offered as starting at " + v);
        }
        for (Question q : questions) {
            if (q.type() == QuestionType.TRUE_FALSE && q.prompt().contains("naik dari harga sebelumnya yakni Rp120 ribu")) {
                assertFalse(q.prompt().matches(".*dibanderol Rp(?:[1-9]\\d|1[01]\\d) ribu.*"), "a fall told as a rise: " + q.prompt());
            }
        }
    }

    private static final String BADMINTON = """
            Kejuaraan Bulu Tangkis Pelajar Digelar di Sukamaju

            SUKAMAJU – Sebanyak 112 pebulu tangkis muda dari Kabupaten Sukaraja, Kabupaten Sukadamai, Kabupaten Sukasari \
            dan Kota Sukamaju bersaing di kejuaraan daerah tahun ini.

            Kompetisi berlangsung 28 Oktober hingga 1 November 2019 di GOR Gelora Harapan, Sukamaju.

            Ketua panitia, Kamaludin, mengatakan peserta terbaik akan dikirim ke kejuaraan nasional di Jakarta.

            Tahun lalu Kabupaten Sukaraja meraih gelar juara umum dengan empat medali emas.
            """;

    @Test
    void aSportsHallIsNotOfferedAmongRegencies() {
        for (Question q : all(BADMINTON)) {
            if (q.skill() == Skill.PLACE && q.type() == QuestionType.MULTIPLE_CHOICE && q.answer().get(0).startsWith("GOR")) {
                assertTrue(q.choices().stream().allMatch(c -> c.startsWith("GOR") || c.startsWith("Gedung")
                        || c.startsWith("Stadion")), "a hall among towns: " + q.choices());
            }
        }
        assertTrue(all(BADMINTON).stream().anyMatch(q -> q.skill() == Skill.PLACE && q.answer().get(0).equals("Jakarta")),
                "the text's towns are still asked");
    }

    private static final String AGREEMENT = """
            Sukamaju Teken Kerja Sama dengan Provinsi Mitra

            SUKAMAJU – Gubernur Sukamaju, Ahmad Heryana (Aher), menandatangani nota kesepahaman dengan provinsi mitra, \
            Senin (10/4/2017).

            Turut hadir Kepala Biro Pemerintahan dan Kerja Sama Taufiq Budi Santoso, Kepala Dinas Penanaman Modal dan \
            Pelayanan Terpadu Satu Pintu Dadang Mohamad Rosadi, serta Kepala Pusat Fasilitasi Kerja Sama.

            "Presiden kami Joko Widodo mendorong kerja sama antardaerah," kata Aher.

            Aher mengatakan, kerja sama itu meliputi pertanian, pendidikan dan pariwisata.
            """;

    @Test
    void theWordsOfAnOfficeAreNoPartOfAName() {
        ArticleAnalysis a = ANALYZER.analyze(AGREEMENT);
        List<String> names = a.people().stream().map(Person::name).toList();
        assertTrue(names.contains("Taufiq Budi Santoso"), "'Kerja Sama' cut inside the office: " + a.people());
        assertTrue(names.contains("Dadang Mohamad Rosadi"), "'Terpadu Satu Pintu' read as a name: " + a.people());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("Fasilitasi") || n.startsWith("Sama ") || n.startsWith("Terpadu")),
                "an office's words as a person: " + names);
        assertTrue(a.people().stream().anyMatch(p -> p.name().equals("Taufiq Budi Santoso")
                && "Kepala Biro Pemerintahan dan Kerja Sama".equals(p.role())), "the whole office is the role: " + a.people());
        assertTrue(a.people().stream().noneMatch(p -> p.role() != null && p.role().endsWith(" kami")),
                "the speaker's 'kami' kept in a role: " + a.people());
    }

    @Test
    void aPersonsNicknameIsNoShortFormToWriteOut() {
        assertTrue(all(AGREEMENT).stream().noneMatch(q -> q.skill() == Skill.ACRONYM && q.prompt().contains("Aher")),
                "the governor's nickname asked as a short form");
    }

    private static final String PREFECTURE = """
            Bupati Sukamaju Jalin Kerja Sama dengan Prefektur Kagawa

            SUKAMAJU – Bupati Sukamaju Budi Santoso bertemu Gubernur Kagawa Keizo Hamada di kantor prefektur, Kamis (12/12).

            Pertemuan itu difasilitasi Konsul Jenderal RI di Osaka, Mirza Nurhidayat, bersama Human Ring Cooperative.

            Dalam kirab budaya, warga mengarak patung Kwee Seng Ong dan Hian Thian Siang Tee keliling kota.

            Kepala Dinas Tenaga Kerja Sukamaju, Ahmad Rahman, mengatakan 40 pemuda akan magang di Kagawa tahun depan.
            """;

    @Test
    void aRoleIsOfferedOnlyAmongPeopleTheTextGivesARole() {
        List<String> withRoles = ANALYZER.analyze(PREFECTURE).people().stream()
                .filter(p -> p.role() != null && !p.role().isBlank()).map(Person::name).toList();
        List<Question> who = all(PREFECTURE).stream().filter(q -> q.skill() == Skill.PERSON
                && q.type() == QuestionType.MULTIPLE_CHOICE && q.prompt().contains("siapa")).toList();
        assertFalse(who.isEmpty(), "no question asks who holds an office");
        for (Question q : who) {
            assertTrue(withRoles.containsAll(q.choices()), "someone without an office offered as its holder: "
                    + q.choices() + " (people with roles: " + withRoles + ")");
        }
    }

    private static final String PROCESSION = """
            Kirab Cap Go Meh Meriahkan Kota Sukamaju

            SUKAMAJU – Ribuan warga memadati jalan utama Kota Sukamaju untuk menyaksikan kirab Cap Go Meh, Rabu (12/2/2025).

            Dalam kirab itu, warga mengarak patung Kwee Seng Ong, Hian Thian Siang Tee dan Li Loo Chia keliling kota.

            Indra Kurniawan menuturkan kirab ritual mengarak toapekong berlangsung selama dua hari sejak Rabu pagi.

            Ketua panitia, Budi Santoso, mengatakan kirab tahun ini diikuti 40 kelompok kesenian dari berbagai daerah.
            """;

    @Test
    void aStatueOrAFestivalIsNoOneWhoSpeaksOrHoldsAnOffice() {
        for (Question q : all(PROCESSION)) {
            if (q.skill() == Skill.PERSON || q.skill() == Skill.AGENT) {
                String shown = q.prompt() + " " + q.choices();
                assertFalse(shown.contains("Go Meh") || shown.contains("Kwee Seng Ong") || shown.contains("Hian Thian"),
                        "a statue or a festival offered as a person: " + shown);
            }
        }
    }

    private static final String TWIN_CITY = """
            Bupati Bogor Jalin Kerja Sama Kota Kembar

            CIBINONG – Bupati Bogor, Rudi Hartono mengklaim kepergiannya ke Busan, Korea Selatan akan membawa manfaat \
            untuk Kabupaten Bogor.

            Sekitar satu minggu di sana, dia mengaku ada beberapa agenda penting yang dibahas dengan pemerintah setempat.

            Sebelumnya, Wakil Bupati Bogor Ahmad Rahman melakukan kunjungan kerja ke Belanda, Jerman, Belgia dan Prancis \
            pada 2018.
            """;

    @Test
    void aTripIsReadFromItsNounAndAskedInTheTenseItWasMade() {
        List<Question> trips = all(TWIN_CITY).stream()
                .filter(q -> q.skill() == Skill.VISIT && q.prompt().contains("Rudi Hartono")).toList();
        assertFalse(trips.isEmpty(), "'kepergiannya ke Busan' read as no trip");
        // "... kepergiannya ke Busan, Korea Selatan akan membawa manfaat": the "akan" is of the benefit, not the trip.
        assertTrue(trips.stream().noneMatch(q -> q.prompt().contains("akan melakukan")), trips.toString());
    }

    private static final String BRIDGE = """
            Gubernur Resmikan Jembatan Desa Sukamaju

            SUKAMAJU – Gubernur Sukamaju meresmikan jembatan gantung di Desa Sukamaju, Selasa (10/1/2023).

            Jembatan sepanjang 120 meter itu menghubungkan dua dusun yang selama ini terpisah oleh sungai.

            "Dulu warga di dua dusun ini harus memutar melewati jalan desa yang rusak dan licin untuk pergi ke pasar \
            kecamatan setiap pekan. Kalau ini bersambung, maka warga akan lebih mudah membangun silaturahmi, yang tentu \
            kekerabatan juga akan terjaga dengan baik," tutur Gubernur.

            Bupati Sukamaju Drs Budi Hartono ketika memberikan bantuan beras kepada warga Desa Sukamaju, Jumat (13/1/2023).

            Penangkapan pencuri kabel jembatan dilakukan pada Rabu (11/1/2023) sekitar pukul 11.00 WIB, menyusul laporan \
            warga yang diterima polisi.

            Yang mana bantuan itu diterima warga terdampak pada Sabtu (14/1/2023) agar atap rumah dapat ditutup.
            """;

    @Test
    void anExcerptStartedInsideAQuotationOpensItAgain() {
        List<Question> excerpts = all(BRIDGE).stream().filter(q -> q.prompt().contains("… ")
                && q.prompt().contains("tutur Gubernur")).toList();
        assertFalse(excerpts.isEmpty(), "no question quotes the end of the quotation");
        for (Question q : excerpts) {
            String shown = q.prompt().substring(q.prompt().indexOf("… "));
            assertTrue(shown.startsWith("… \""), "a closing mark with no opening one: " + q.prompt());
        }
    }

    @Test
    void aDatePromptAsksTheHappeningNotTheReasonOrACaptionsWhen() {
        List<Question> dates = all(BRIDGE).stream().filter(q -> q.skill() == Skill.DATE).toList();
        assertFalse(dates.isEmpty());
        for (Question q : dates) {
            assertFalse(q.prompt().startsWith("Kapan menyusul"), "the reason asked as the happening: " + q.prompt());
            assertFalse(q.prompt().contains("ketika memberikan") && q.prompt().startsWith("Kapan"),
                    "a caption's 'ketika' kept in the question: " + q.prompt());
            assertFalse(q.prompt().contains("Yang mana"), "a relative clause asked on its own: " + q.prompt());
        }
        assertTrue(dates.stream().anyMatch(q -> q.prompt().equals(
                "Kapan Bupati Sukamaju Drs Budi Hartono memberikan bantuan beras kepada warga Desa Sukamaju?")),
                "the caption asked as the event it shows: " + dates.stream().map(Question::prompt).toList());
    }

    private static final String POISONING = """
            Puluhan Tamu Hajatan Keracunan

            SUKAMAJU – Sebanyak 85 tamu undangan sebuah hajatan di Kecamatan Sukamaju diduga mengalami keracunan makanan \
            setelah menyantap hidangan pesta pernikahan, Sabtu (4/5/2024).

            Dari 85 orang tersisa 7 warga yang masih menjalani perawatan di Puskesmas Sukamaju hingga Minggu pagi.

            Menurut Kapolsek Sukamaju, 79 orang di antaranya sudah pulang setelah mendapat perawatan dari petugas.

            Pameran kerajinan daerah berlangsung selama lima hari, dari Rabu hingga Minggu, di gedung serbaguna kecamatan.

            Pameran itu digelar Dewan Kerajinan Nasional Daerah Provinsi Jawa Tengah (Dekranasda Jateng) bersama para perajin.

            Salah satunya, soal kode etik penyelanggara pemilu yang jumlahnya paling besar mencapai 211 kasus tahun ini.

            Pemkab Sukamaju akan meneima hibah Rp132 miliar dalam bentuk peralatan pengolahan air dari perusahaan itu.
            """;

    @Test
    void noWrongChoiceIsTheWholeLessAnotherFigureOfTheText() {
        for (String c : numberChoice(all(POISONING), "7").choices()) {
            assertFalse(c.equals("6"), "85 - 79 = 6 offered as wrong beside 7: " + c);
        }
    }

    @Test
    void aLengthTheDaysBesideItGiveIsNotAsked() {
        assertTrue(all(POISONING).stream().noneMatch(q -> q.skill() == Skill.NUMBER && q.type() == QuestionType.MULTIPLE_CHOICE
                && q.prompt().contains("dari Rabu hingga Minggu")), "'lima hari, dari Rabu hingga Minggu' asked");
    }

    @Test
    void aLongFormIsRightWithoutTheWordProvinsi() {
        Question q = all(POISONING).stream().filter(x -> x.skill() == Skill.ACRONYM && x.type() == QuestionType.CLOZE
                && x.prompt().contains("Dekranasda Jateng")).findFirst().orElseThrow();
        assertTrue(q.answer().contains("Dewan Kerajinan Nasional Daerah Jawa Tengah"), "only with 'Provinsi': " + q.answer());
        assertTrue(q.answer().contains("Dewan Kerajinan Nasional Daerah Provinsi Jawa Tengah"), q.answer().toString());
    }

    @Test
    void aSentenceWithAWrongVowelInALongWordTeachesNothing() {
        // The bank keeps it for a teacher to mend; the draft a teacher hands out as it is does not.
        List<Question> draft = GENERATOR.generate(ANALYZER.analyze(POISONING)).draft();
        assertTrue(draft.stream().noneMatch(q -> q.prompt().contains("penyelanggara")),
                "'penyelanggara' (penyelenggara) in the draft: " + draft);
        // (since the eighteenth session the sentence is asked with the one word the slip can be)
        assertTrue(all(POISONING).stream().anyMatch(q -> q.evidence().text().contains("penyelanggara")
                && q.prompt().contains("penyelenggara")), "the sentence is still read, mended");
    }

    @Test
    void aSentenceWithALetterLeftOutTeachesNothing() {
        List<Question> draft = GENERATOR.generate(ANALYZER.analyze(POISONING)).draft();
        assertTrue(draft.stream().noneMatch(q -> q.prompt().contains("meneima")), "'meneima' (menerima) in the draft: " + draft);
        assertTrue(all(POISONING).stream().anyMatch(q -> q.evidence().text().contains("meneima")
                && q.prompt().contains("menerima")), "the sentence is still read, mended");
    }
}
