package id.simak.generate;

import static id.simak.generate.RealLanguage.ANALYZER;
import static id.simak.generate.RealLanguage.LEXICON;
import static id.simak.generate.RealLanguage.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.Place;
import org.junit.jupiter.api.Test;

/**
 * What the nineteenth session on issue 11 changed in the questions, each on a text written for the test from a fault
 * the judges of a fresh development set found (`fresh31`).
 */
class NineteenthSessionDraftTest {

    private static final String FLOOD = """
            Banjir Bandang Rendam Sukamaju

            SUKAMAJU – Hujan dengan intensitas tinggi membuat banjir bandang terjadi di Kecamatan Sukamaju, Selasa \
            (5/11/2024) malam.

            "Banjir dipicu hujan yang cukup lama, sehingga warga terjebak," kata Kepala Seksi Operasi Kantor SAR \
            Sukamaju, Budi Santoso.

            Petugas mendata warga yang sudah pindah kependudukan namun datanya masih tersimpan di desa.
            """;

    /** A dictionary word that opens a sentence ("Hujan ...") and that the text writes in lower case elsewhere is nobody. */
    @Test
    void aCommonWordOpeningASentenceIsNoPersonAndIsAskedInLowerCase() {
        ArticleAnalysis analysis = ANALYZER.analyze(FLOOD);
        assertTrue(analysis.people().stream().noneMatch(p -> p.name().equals("Hujan")), analysis.people().toString());
        List<Question> questions = all(FLOOD);
        Question when = questions.stream().filter(q -> q.skill() == Skill.DATE && q.prompt().startsWith("Kapan"))
                .findFirst().orElseThrow(() -> new AssertionError(questions.toString()));
        assertTrue(when.prompt().startsWith("Kapan hujan dengan intensitas tinggi"), when.prompt());
        // The evidence is the source's sentence without the dateline that opens the story.
        assertTrue(when.evidence().text().startsWith("Hujan dengan intensitas tinggi"), when.evidence().text());
    }

    /** "kependudukan" is ke-...-an around "penduduk", a word: it is not mended into "ke pendudukan". */
    @Test
    void aWordMadeWithKeAnIsNoPrepositionRunIntoAWord() {
        ArticleContext ctx = new ArticleContext(ANALYZER.analyze(FLOOD), LEXICON);
        assertEquals("sudah pindah kependudukan namun", ctx.mended("sudah pindah kependudukan namun"));
        assertTrue(all(FLOOD).stream().noneMatch(q -> q.prompt().contains("ke pendudukan")));
    }

    private static final String TRIP = """
            Lawatan Perdana Presiden Santoso ke Luar Negeri

            JAKARTA – Presiden Budi Santoso memulai perjalanan perdana ke luar negeri dengan bertemu Presiden Korea \
            Selatan Lee Min-ho di Seoul.

            Menteri Luar Negeri Sri Lestari dan Menteri Perdagangan Ahmad Darmawan mendampingi Presiden dalam lawatan itu.

            Partai Persatuan Sukamaju menyatakan dukungan bagi lawatan tersebut.
            """;

    /** The headline names the traveller ("Presiden Santoso"), so "siapa yang memulai perjalanan ...?" tells nothing. */
    @Test
    void aPersonTheHeadlineNamesIsNotAskedFor() {
        List<Question> questions = all(TRIP);
        assertTrue(questions.stream().noneMatch(q -> (q.skill() == Skill.AGENT || q.skill() == Skill.PERSON)
                && q.type() == QuestionType.MULTIPLE_CHOICE && q.answer().get(0).equals("Budi Santoso")),
                questions.stream().map(Question::prompt).toList().toString());
    }

    private static final String MEETING = """
            Kerja Sama Dagang Dibahas

            JAKARTA – Kerja sama dagang kedua negara dibahas di Jakarta pada Senin (3/6/2024).

            Presiden Ahmad Darmawan memulai perjalanan perdana ke luar negeri usai dilantik jadi Presiden, dengan bertemu \
            Presiden Korea Selatan Lee Min-ho.

            Menteri Luar Negeri Sri Lestari dan Wakil Menteri Budi Santoso juga hadir dalam pertemuan itu.

            Gubernur Jawa Barat Joko Prianto mengatakan ekspor kopi naik.

            Menteri Pertanian Rudi Hartono menyambut baik pertemuan itu.
            """;

    /** "siapa yang ... bertemu Menteri Perdagangan Korea Selatan Lee Min-ho?" does not offer Lee Min-ho as a choice. */
    @Test
    void aPersonTheQuestionNamesIsNoWrongChoice() {
        List<Question> questions = all(MEETING);
        Question agent = questions.stream().filter(q -> q.skill() == Skill.AGENT && q.prompt().contains("bertemu Presiden Korea Selatan Lee Min-ho"))
                .findFirst().orElseThrow(() -> new AssertionError(questions.stream().map(Question::prompt).toList().toString()));
        assertFalse(agent.choices().contains("Lee Min-ho"), agent.choices().toString());
    }

    private static final String PARTY = """
            Dukungan Partai Terbelah

            PARTAI Persatuan Sukamaju (PPS) menjadi partai yang suaranya terpecah dalam dukungan calon bupati.

            Hasil survei yang dilakukan pada Desember 2023 menyebutkan sebanyak 53,7 persen kader PPS mendukung calon \
            petahana.
            """;

    /** A story whose first word is in capitals ("PARTAI ...") writes the long form "Partai Persatuan Sukamaju". */
    @Test
    void aLongFormOpeningTheStoryInCapitalsIsWrittenAsAName() {
        Question cloze = all(PARTY).stream().filter(q -> q.skill() == Skill.ACRONYM && q.type() == QuestionType.CLOZE)
                .findFirst().orElseThrow();
        assertEquals("Partai Persatuan Sukamaju", cloze.answer().get(0));
    }

    private static final String TARGET = """
            UMKM Didorong Masuk Pasar Global

            JAKARTA – Menteri Perdagangan Budi Santoso menilai peran pelaku UMKM sangat penting pada Senin (3/6/2024).

            Khususnya dalam hal menyatukan visi demi mulusnya Indonesia menuju negara maju di 2045.

            Produk UMKM dari Sukamaju sudah dijual ke 24 negara sejak 2019.
            """;

    /** A sentence that only narrows the one before ("Khususnya ... di 2045.") dates no event of its own. */
    @Test
    void aNarrowingSentenceIsNotAskedWhenItHappened() {
        List<Question> questions = all(TARGET);
        assertTrue(questions.stream().noneMatch(q -> q.skill() == Skill.DATE && q.evidence().text().startsWith("Khususnya")),
                questions.stream().map(Question::prompt).toList().toString());
    }

    private static final String CASE = """
            Berkas Perkara Warga Sukamaju Dilimpahkan

            SUKAMAJU – Berkas perkara Joko Prianto akan masuk tahap kedua ke Kejaksaan Tinggi Jateng, 28 Desember 2017.

            Sebelumnya, Atase Pertahanan RI di Beijing Brigjen Benny P Nadeak menyambut rombongan warga Sukamaju.

            Sidang akan digelar di Semarang dan Surabaya.
            """;

    /** A prosecutor's office is no town, and a rank after a town starts a person ("di Beijing Brigjen Benny"). */
    @Test
    void aBodyOfLawIsNoPlaceAndARankEndsATown() {
        List<String> places = ANALYZER.analyze(CASE).places().stream().map(Place::text).toList();
        assertFalse(places.stream().anyMatch(p -> p.startsWith("Kejaksaan")), places.toString());
        assertTrue(places.contains("Beijing"), places.toString());
        assertFalse(places.stream().anyMatch(p -> p.contains("Brigjen")), places.toString());
        // A word that only opens a role ("Perdana" of "Perdana Menteri") may be a town's: "Dataran Perdana".
        List<String> square = ANALYZER.analyze("Presiden dan delegasi tiba di Dataran Perdana, Putrajaya, Jumat pagi, 9 Agustus 2019.")
                .places().stream().map(Place::text).toList();
        assertTrue(square.contains("Dataran Perdana"), square.toString());
    }

    private static final String SCHOOLS = """
            Zonasi Sekolah di Sukamaju

            SUKAMAJU – Kepala Dinas Pendidikan, Pemuda dan Olahraga (Dikpora) Sukamaju, Budi Santoso, mengatakan sistem \
            zonasi mulai berlaku pada 2019.

            Sekolah juga memakai High Perfomance Computing (HPC) untuk mengolah data pendaftar.

            Pedagang buku, Mulyadi (62), mengatakan penjualan seragam naik menjelang tahun ajaran baru.

            Berbeda dengan Mulyadi, pedagang sepatu Juheri (55) mengaku penjualan turun 20 persen pada Juni 2019.
            """;

    /** "Dinas Pendidikan, Pemuda dan Olahraga (Dikpora)": the long form is right typed with or without "Dinas". */
    @Test
    void aLongFormIsRightWithTheKindOfBodyBeforeIt() {
        Question dikpora = all(SCHOOLS).stream().filter(q -> q.skill() == Skill.ACRONYM && q.type() == QuestionType.CLOZE
                && q.prompt().contains("Dikpora")).findFirst().orElseThrow();
        assertTrue(dikpora.answer().contains("Pendidikan, Pemuda dan Olahraga"), dikpora.answer().toString());
        assertTrue(dikpora.answer().contains("Dinas Pendidikan, Pemuda dan Olahraga"), dikpora.answer().toString());
    }

    private static final String CAMPUS = """
            Beasiswa Kampus Sukamaju

            SUKAMAJU – Universitas Sukamaju membuka beasiswa bagi mahasiswa dengan Indek Prestasi Kumulatif (IPK) di \
            atas 3,5 pada Senin (3/6/2024).

            Pendaftaran dibuka hingga akhir Juni 2024 melalui laman Badan Administrasi Akademik (BAA) kampus.
            """;

    /** A long form the source misspells at its end ("Indek" for "Indeks") would mark the right answer wrong: bank. */
    @Test
    void aLongFormMisspeltAtItsEndWaitsInTheBank() {
        Generation generation = RealLanguage.GENERATOR.generate(ANALYZER.analyze(CAMPUS));
        assertTrue(generation.draft().stream().noneMatch(q -> q.skill() == Skill.ACRONYM && q.prompt().contains("IPK")),
                generation.draft().stream().map(Question::prompt).toList().toString());
    }

    /** A long form in English, here misspelt by the source, is hard to type right: it waits in the bank. */
    @Test
    void aLongFormInAnotherLanguageIsNotInTheDraft() {
        Generation generation = RealLanguage.GENERATOR.generate(ANALYZER.analyze(SCHOOLS));
        assertTrue(generation.draft().stream().noneMatch(q -> q.skill() == Skill.ACRONYM && q.prompt().contains("HPC")),
                generation.draft().stream().map(Question::prompt).toList().toString());
        assertTrue(generation.bank().stream().anyMatch(q -> q.skill() == Skill.ACRONYM && q.prompt().contains("HPC")));
    }

    /** Another person's age put in the brackets ("Mulyadi (55)") makes no false statement worth judging. */
    @Test
    void anAgeIsNotSwappedIntoAFalseStatement() {
        List<Question> questions = all(SCHOOLS);
        assertTrue(questions.stream().noneMatch(q -> q.type() == QuestionType.TRUE_FALSE
                && (q.prompt().contains("Mulyadi (55)") || q.prompt().contains("Juheri (62)"))),
                questions.stream().map(Question::prompt).toList().toString());
    }

    private static final String CEREMONY = """
            Presiden Tinjau Bendungan

            SUKAMAJU – Presiden Budi Santoso meninjau Bendungan Sukamaju pada Rabu (4/10/2017).

            Presiden dan Ibu Negara akan bermalam di Kabupaten Sukamaju dan esok harinya akan menghadiri upacara \
            peringatan Hari Bhayangkara Tahun 2017 di Kota Cilegon.
            """;

    /** Attending a ceremony is no "kunjungan": no visit question asks when the president "visits" its town. */
    @Test
    void attendingAnEventIsNotAskedAsAVisit() {
        List<Question> questions = all(CEREMONY);
        assertTrue(questions.stream().noneMatch(q -> q.skill() == Skill.VISIT && q.prompt().contains("Cilegon")),
                questions.stream().map(Question::prompt).toList().toString());
    }

    private static final String ENVOYS = """
            Presiden Santoso Bertolak ke Lima Negara

            JAKARTA – Presiden Budi Santoso melakukan kunjungan kenegaraan ke lima negara, yaitu Jepang, Peru, Brasil, \
            Inggris, dan Mesir, Jumat (8/11/2024).

            Budi didampingi oleh Menteri Luar Negeri Sri Lestari dan Sekretaris Kabinet Ahmad Darmawan dalam kunjungan itu.

            Di Tokyo, Presiden dijadwalkan bertemu Perdana Menteri Jepang Hiro Tanaka dan Presiden Peru Rosa Delgado.

            Menteri Perdagangan Joko Prianto menyebut ekspor ke Jepang naik 20 persen pada 2023.
            """;

    /**
     * A false statement puts in someone of the same kind of office, of the same country, whom the sentence does not
     * name already: not "Budi didampingi oleh Menteri Luar Negeri Budi Santoso", nor "Presiden Rosa Delgado" for
     * the Indonesian president.
     */
    @Test
    void aFalseStatementSwapsInAHolderOfTheSameOffice() {
        List<Question> statements = all(ENVOYS).stream().filter(q -> q.skill() == Skill.PERSON
                && q.type() == QuestionType.TRUE_FALSE).toList();
        for (Question q : statements) {
            assertFalse(q.prompt().contains("Menteri Luar Negeri Budi Santoso"), q.prompt());
            assertFalse(q.prompt().contains("Presiden Rosa Delgado melakukan"), q.prompt());
            assertFalse(q.prompt().contains("Presiden Sri Lestari") || q.prompt().contains("Presiden Ahmad Darmawan"), q.prompt());
            assertFalse(q.prompt().contains("Perdana Menteri Jepang Budi Santoso"), q.prompt());
        }
    }

    private static final String MARKET = """
            Tujuh Kios Terbakar di Pasar Sukamaju

            SUKAMAJU – Kebakaran tujuh kios pakaian di Blok C lantai dua, Pasar Sukamaju, terjadi Sabtu (24/10/2020).

            Pasar itu adalah pasar terbesar di Kabupaten Sukamaju.

            Api baru berhasil dipadamkan setelah dua jam dengan mengerahkan empat armada mobil pemadam dari Kota Bekasi.

            Kirab budaya di Sukamaju yang digelar satu tahun sekali ini ditonton ribuan warga.

            Pendaftar zona 1 dan zona 2 diumumkan di Desa Sukamaju pada Senin (26/10/2020).
            """;

    /**
     * A place named by its kind ("Blok C") is swapped only for one of the same kind: "Kabupaten Sukamaju" put in its
     * place leaves the statement true. "satu tahun sekali" is how often, and "zona 1" a label: neither is a count.
     */
    @Test
    void unitsOfAnAddressFrequenciesAndLabelsAreNotAskedAsFactsToFalsifyOrCount() {
        List<Question> questions = all(MARKET);
        for (Question q : questions) {
            if (q.skill() == Skill.PLACE && q.type() == QuestionType.TRUE_FALSE) {
                assertFalse(q.prompt().contains("di Kabupaten Sukamaju lantai dua"), q.prompt());
                assertFalse(q.prompt().contains("pemadam dari Blok C"), q.prompt());
            }
            if (q.skill() == Skill.NUMBER) {
                assertFalse(q.prompt().contains("____ tahun sekali"), q.prompt());
                assertFalse(q.prompt().contains("zona ____"), q.prompt());
            }
        }
    }

    /** A tour of several countries began on its day; it was not made on it. */
    @Test
    void aTourIsAskedWhenItBeganNotAsOneDaysVisits() {
        List<Question> visits = all(ENVOYS).stream().filter(q -> q.skill() == Skill.VISIT).toList();
        assertFalse(visits.isEmpty());
        for (Question q : visits) {
            assertFalse(q.prompt().contains("pada 8 November 2024?") || q.prompt().startsWith("Benar atau salah? Pada 8 November"),
                    q.prompt());
        }
        assertTrue(visits.stream().anyMatch(q -> q.prompt().startsWith("Kapan") && q.prompt().endsWith("dimulai?")),
                visits.stream().map(Question::prompt).toList().toString());
    }

    private static final String PARADE = """
            Kirab Budaya Sukamaju

            SUKAMAJU – Kirab budaya di Sukamaju yang dimulai dari alun-alun berlangsung cukup meriah pada Minggu \
            (9/6/2024).

            Ribuan warga rela berpanas-panasan untuk menyaksikan kirab itu di sepanjang jalan.
            """;

    /** "Kapan kirab budaya ... berlangsung cukup meriah?": how well it went is no part of the question of when. */
    @Test
    void howWellSomethingWentIsNotAskedWithItsDay() {
        Question when = all(PARADE).stream().filter(q -> q.skill() == Skill.DATE && q.prompt().startsWith("Kapan"))
                .findFirst().orElseThrow(() -> new AssertionError(all(PARADE).toString()));
        assertFalse(when.prompt().contains("meriah"), when.prompt());
    }

    private static final String ARRIVAL = """
            PM Malaysia Tiba di Jakarta

            Kabarsukamaju.com – Perdana Menteri Malaysia Ahmad Rahman tiba di Indonesia untuk melakukan kunjungan kerja.

            Ahmad tiba di Bandara Halim Perdanakusuma, Jakarta Timur, Kamis (28/6/2018) pukul 18.05 WIB dengan pesawat \
            kenegaraan Malaysia.

            Presiden Budi Santoso akan menerima Ahmad di Istana Bogor pada Jumat (29/6/2018).
            """;

    /** "Kapan ... kunjungan?" quotes the visit's sentence: a day told only in the next sentence is not asked there. */
    @Test
    void aVisitIsAskedWhenOnlyWhereItsSentenceGivesTheDay() {
        List<Question> questions = all(ARRIVAL);
        for (Question q : questions) {
            if (q.skill() == Skill.VISIT && q.prompt().startsWith("Kapan")) {
                assertTrue(q.evidence().text().contains("28/6/2018"), q.prompt() + " / " + q.evidence().text());
            }
        }
    }

    private static final String WELCOME = """
            Presiden Disambut di Putrajaya

            PUTRAJAYA – Kedatangan Presiden Budi Santoso disambut langsung oleh Perdana Menteri (PM) Ahmad Rahman, \
            Jumat (9/8/2019).

            Kepala Protokol Negara Indonesia Andri Hadi memperkenalkan delegasi Indonesia kepada PM Ahmad.

            Menteri Luar Negeri Sri Lestari dan Menteri Perindustrian Joko Prianto ikut dalam rombongan.
            """;

    /** "Perdana Menteri (PM)" is shown as "Perdana Menteri": no choice alone carries a short form in brackets. */
    @Test
    void aRoleIsShownWithoutItsShortFormInBrackets() {
        List<Question> persons = all(WELCOME).stream().filter(q -> q.skill() == Skill.PERSON
                && q.type() == QuestionType.MULTIPLE_CHOICE).toList();
        assertFalse(persons.isEmpty());
        for (Question q : persons) {
            assertFalse(q.prompt().contains("(PM)") || q.choices().stream().anyMatch(c -> c.contains("(PM)")),
                    q.prompt() + " " + q.choices());
        }
    }

    private static final String PROTEST = """
            Warga Geruduk Kantor Dinas

            Rabu, 17 Nov 2021 17:28 WIB

            SUKAMAJU – Puluhan warga dan perangkat desa menggeruduk Kantor Dinas Lingkungan Hidup Kabupaten Sukamaju, \
            Selasa (17/11) petang, menuntut sungai desa dibersihkan.

            Mereka membawa sampel air sungai yang berwarna hitam dan berbau busuk ke kantor itu.

            "Kami sudah tiga kali melapor sejak tahun lalu," kata Kepala Desa Sukamulya Budi Santoso, Rabu (17/11).
            """;

    /** A day the source gives twice with two weekdays is no wrong choice: written without a year it reads the same. */
    @Test
    void theSameDayWithAnotherWeekdayIsNoWrongChoice() {
        List<Question> dates = all(PROTEST).stream().filter(q -> q.skill() == Skill.DATE
                && q.type() == QuestionType.MULTIPLE_CHOICE && q.answer().get(0).equals("Selasa (17/11)")).toList();
        assertFalse(dates.isEmpty(), all(PROTEST).stream().map(Question::prompt).toList().toString());
        for (Question q : dates) {
            assertFalse(q.choices().contains("Rabu (17/11)"), q.choices().toString());
        }
    }
}
