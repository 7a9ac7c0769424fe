package id.simak.generate;

import static id.simak.generate.RealLanguage.ANALYZER;
import static id.simak.generate.RealLanguage.GENERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the twenty-second session on issue 11 changed in the questions, each on a text written for the test.
 */
class TwentySecondSessionDraftTest {

    private static final String THREE_OFFICIALS = """
            DPRD Sukamaju Setujui Perda Pajak Daerah

            SUKAMAJU – DPRD Kabupaten Sukamaju menggelar rapat paripurna persetujuan rancangan peraturan daerah tentang \
            pajak daerah pada Senin (6/11/2023).

            Sekretaris DPRD Sukamaju, Budi Santoso, membacakan konsep keputusan DPRD tentang persetujuan raperda menjadi \
            perda tersebut.

            Ketua DPRD Sukamaju Ahmad Darmawan kemudian menandatangani keputusan itu dan menyerahkannya kepada Sekretaris \
            Daerah Sukamaju Suparno Wibowo.

            Rapat dihadiri 38 dari 45 anggota dewan.
            """;

    /**
     * A short article that names three officials, each with an office written as a title: "who holds the office?"
     * among the three is fit for the draft, though it offers three choices, not four.
     */
    @Test
    void anOfficeAmongThreeOfficialsIsAskedInTheDraft() {
        Generation g = GENERATOR.generate(ANALYZER.analyze(THREE_OFFICIALS));
        Question who = g.draft().stream().filter(q -> q.prompt().startsWith("Menurut berita, siapa yang menjabat sebagai"))
                .findFirst().orElseThrow(() -> new AssertionError(g.draft().stream().map(Question::prompt).toList().toString()));
        assertEquals(3, who.choices().size(), who.choices().toString());
        assertTrue(who.choices().containsAll(List.of("Budi Santoso", "Ahmad Darmawan", "Suparno Wibowo")), who.choices().toString());
    }

    /** "pasangan ganda campuran X": a category of a sport written in lower case is no office to ask among three. */
    @Test
    void aSportsCategoryIsNoOfficeForTheDraft() {
        Generation g = GENERATOR.generate(ANALYZER.analyze("""
                Tim Bulu Tangkis Sukamaju Juara

                SUKAMAJU – Tim bulu tangkis Sukamaju menjadi juara pada kejuaraan daerah, Minggu (5/11/2023).

                Kemenangan pertama diraih pasangan ganda campuran Budi Santoso/Dewi Kartika yang menang dua gim langsung.

                Kemenangan kedua diraih pemain tunggal putri Siti Rahmawati yang menang atas wakil Cibeber.

                Kemenangan ketiga diraih pemain tunggal putra Ahmad Darmawan dalam tiga gim.
                """));
        assertTrue(g.draft().stream().noneMatch(q -> q.prompt().toLowerCase().contains("menjabat sebagai ganda")
                || q.prompt().toLowerCase().contains("menjabat sebagai tunggal")), g.draft().toString());
    }

    private static final String HOSPITAL = """
            RSUD Sukamaju Mulai Beroperasi

            SUKAMAJU- Warta.co,-Rumah Sakit Umum Daerah (RSUD) Budi Rahayu di Kabupaten Sukamaju sudah resmi beroperasi \
            pada Senin (25/11/2024).

            Direktur RSUD Budi Rahayu, Budi Santoso, mengatakan rumah sakit itu baru melayani pasien umum.

            “Harapannya dua bulan kita sudah siap (akreditasi, Red),” katanya di sela peresmian gedung RSUD Budi Rahayu.

            Bupati Sukamaju Ahmad Darmawan menyampaikan, kedatangan dokter spesialis memberi dampak positif bagi warga.

            “Kami ingin memastikan pelayanan berjalan baik bagi seluruh warga,” tegas Letkol Kav. Suparno Wibowo.

            Rapat persiapan digelar di ruang Video Conference (Vicon) Kantor Bupati Sukamaju.

            Dinas Pemadam Kebakaran dan Penyelamatan (Damkartan) Kabupaten Sukamaju menyiagakan dua mobil di rumah sakit itu.
            """;

    /** A hospital named after someone does not name the speaker; the editor's note inside a quote is not shown. */
    @Test
    void aQuoteNamedOnlyByAPronounIsExplainedAsSuchAndShowsNoEditorsNote() {
        Generation g = GENERATOR.generate(ANALYZER.analyze(HOSPITAL));
        List<Question> quotes = g.all().stream().filter(q -> q.skill() == Skill.QUOTE).toList();
        assertTrue(quotes.stream().noneMatch(q -> q.prompt().contains("Red)")), quotes.toString());
        Question hope = quotes.stream().filter(q -> q.prompt().contains("Harapannya dua bulan") && q.answer().contains("Benar")
                || q.prompt().contains("Harapannya dua bulan") && q.answer().contains("Budi Santoso")).findFirst()
                .orElseThrow(() -> new AssertionError(quotes.toString()));
        assertTrue(hope.explanation().contains("namanya ada di kalimat lain"), hope.explanation());
    }

    /** "tegas Letkol Kav. X": the corps with its stop is no speaker; the officer after it is. */
    @Test
    void theCorpsAfterARankIsNoSpeaker() {
        var analysis = ANALYZER.analyze(HOSPITAL);
        assertTrue(analysis.quotes().stream().anyMatch(q -> q.text().startsWith("Kami ingin memastikan")
                && "Suparno Wibowo".equals(q.speaker())), analysis.quotes().toString());
        assertTrue(analysis.people().stream().noneMatch(p -> p.name().equals("Kav")), analysis.people().toString());
    }

    /**
     * The room someone spoke in ("ruang Video Conference (Vicon)") is no short form to ask; a short form built of
     * syllables of the words after "Dinas" is accepted without it; a verb with a comma after it introduces what was
     * said, no act to ask who did.
     */
    @Test
    void roomsAreNoShortFormsBodiesMayBeLeftOutAndSpeechIsNoAct() {
        Generation g = GENERATOR.generate(ANALYZER.analyze(HOSPITAL));
        assertTrue(g.all().stream().noneMatch(q -> q.skill() == Skill.ACRONYM && q.prompt().contains("Vicon")),
                g.all().stream().map(Question::prompt).toList().toString());
        Question fire = g.all().stream().filter(q -> q.type() == QuestionType.CLOZE && q.prompt().contains("Damkartan ="))
                .findFirst().orElseThrow(() -> new AssertionError(g.all().stream().map(Question::prompt).toList().toString()));
        assertTrue(fire.answer().contains("Pemadam Kebakaran dan Penyelamatan"), fire.answer().toString());
        assertTrue(g.all().stream().noneMatch(q -> q.skill() == Skill.AGENT && q.prompt().contains("menyampaikan")),
                g.all().stream().map(Question::prompt).toList().toString());
        Question rsud = g.all().stream().filter(q -> q.type() == QuestionType.CLOZE && q.prompt().contains("RSUD ="))
                .findFirst().orElseThrow();
        assertEquals(List.of("Rumah Sakit Umum Daerah"), rsud.answer());
    }

    /** "SUKAMAJU- Warta.co,-Rumah Sakit ...": the town and the outlet's address are the dateline, not the story. */
    @Test
    void aTownThenTheOutletsAddressIsTheDateline() {
        var analysis = ANALYZER.analyze(HOSPITAL);
        assertEquals("Sukamaju", analysis.dateline().place());
        assertEquals("Warta.co", analysis.dateline().agency());
        Generation g = GENERATOR.generate(analysis);
        assertTrue(g.all().stream().noneMatch(q -> q.prompt().contains("Warta.co")), g.all().toString());
    }

    /** "Kapolda Irjen Pol Agung ...": the word right after the rank and its corps opens the name. */
    @Test
    void theNameStartsRightAfterTheRank() {
        var analysis = ANALYZER.analyze("""
                Pengamanan Mudik

                SUKAMAJU – Rombongan disambut Bupati Sukamaju Ahmad Darmawan beserta istri, Kapolda Jawa Tengah Irjen Pol \
                Agung Budi Santoso Wibowo beserta istri, serta Dandim Sukamaju Letkol Inf Suparno dan istri.
                """);
        assertTrue(analysis.people().stream().anyMatch(p -> p.name().equals("Agung Budi Santoso Wibowo")),
                analysis.people().toString());
    }

    /**
     * Speakers regional news introduces in ways the first reading of a new set showed: a name with the office after
     * it ("Asep Suryadi Kepala BPS ..., mengatakan"), a name with what the person does before the verb ("Sumirah,
     * penjual ikan lainnya mengatakan"), a man called Hari, and a name with the machine he runs after it; each
     * "ucapnya" then goes to the right person.
     */
    @Test
    void speakersIntroducedAsRegionalNewsDoes() {
        var analysis = ANALYZER.analyze("""
                Harga Ikan Turun

                Asep Suryadi Kepala BPS Kabupaten Sukamaju, mengatakan bahwa nilai ekspor ikan naik dibandingkan tahun lalu.

                “Jika dibandingkan dengan bulan lalu mengalami kenaikan sebesar 2,85 persen,” ucapnya.

                "Sejak ikan keluar, harga ikan tongkol turun," kata Suparmi, penjual ikan asal Desa Cibeber.

                Sumirah, penjual ikan lainnya mengatakan, murahnya ikan membuat penjualannya meningkat hingga 30 persen.

                "Biasanya sehari bisa menjual 30 kilo ikan jenis tongkol, kini bisa 40 kilo," ucapnya.

                Bupati Sukamaju Hari Purnomo bersama Forkopimda meninjau Pasar Ikan Cibeber pada Senin (7/4/2025).

                Dedi Kusnadi, Operator Alat Berat di TPI Cibeber mengatakan, tumpukan sampah ikan terjadi karena alatnya rusak.
                """);
        java.util.Map<String, String> bySpeech = new java.util.HashMap<>();
        analysis.quotes().forEach(q -> bySpeech.put(q.text().split("\\s+")[0] + " " + q.text().split("\\s+")[1], q.speaker()));
        assertEquals("Asep Suryadi", bySpeech.get("nilai ekspor"), analysis.quotes().toString());
        assertEquals("Asep Suryadi", bySpeech.get("Jika dibandingkan"), analysis.quotes().toString());
        assertEquals("Sumirah", bySpeech.get("murahnya ikan"), analysis.quotes().toString());
        assertEquals("Sumirah", bySpeech.get("Biasanya sehari"), analysis.quotes().toString());
        assertEquals("Dedi Kusnadi", bySpeech.get("tumpukan sampah"), analysis.quotes().toString());
        assertTrue(analysis.people().stream().anyMatch(p -> p.name().equals("Hari Purnomo")), analysis.people().toString());
        assertTrue(analysis.people().stream().noneMatch(p -> p.name().contains("Alat Berat")), analysis.people().toString());
    }

    /** An official attending a harvest in a village goes to the village; a meeting in a hall at home is no visit. */
    @Test
    void attendingSomethingInAVillageIsAVisit() {
        var analysis = ANALYZER.analyze("""
                Panen Raya di Cibeber

                Bupati Sukamaju Budi Santoso bersama Forkopimda menghadiri panen raya padi di Desa Cibeber, Kecamatan \
                Cikadu, pada Senin, 7 April 2025.

                Sehari kemudian, Bupati Sukamaju Budi Santoso menghadiri rapat koordinasi di Aula Kantor Bupati.
                """);
        assertEquals(1, analysis.visits().size(), analysis.visits().toString());
        assertTrue(analysis.visits().get(0).places().stream().anyMatch(p -> p.contains("Cibeber")), analysis.visits().toString());
        assertEquals("2025-04-07", analysis.visits().get(0).when());
    }

    /**
     * Who goes on speaking after "-nya": the pronoun that opens the sentence before, not the president it names after
     * its verb; the one a sentence's "lanjut X" attributes it to, not the pupil it names; a city government's short
     * form ("Pemko") is nobody.
     */
    @Test
    void whoGoesOnSpeakingIsTheSubjectNotWhoIsSpokenOf() {
        var analysis = ANALYZER.analyze("""
                Panen Raya Sukamaju

                Menteri Pertanian Budi Santoso melakukan kunjungan kerja di Kabupaten Sukamaju, Senin (6/3/2023).

                Ia menyebut rencana panen raya di Sukamaju akan dihadiri Presiden Ahmad Darmawan pada 9 Maret besok. “Saya \
                kira tidak perlu ada yang dipersiapkan, karena semua sawah sudah menguning,” terangnya.

                Yang lebih menggembirakan lagi, lanjut Budi, juara lomba tani tingkat nasional diraih oleh Suparno Wibowo \
                petani asal Desa Cibeber.

                “Alhamdulillah juara pertama diraih petani Sukamaju, semoga tradisi ini terus berlanjut,” harapnya.

                Pemko Sukamaju memantau harga gabah di pasar induk sementara.
                """);
        java.util.Map<String, String> bySpeech = new java.util.HashMap<>();
        analysis.quotes().forEach(q -> bySpeech.put(q.text().split("\\s+")[0] + " " + q.text().split("\\s+")[1], q.speaker()));
        assertEquals("Budi Santoso", bySpeech.get("Saya kira"), analysis.quotes().toString());
        assertEquals("Budi Santoso", bySpeech.get("Alhamdulillah juara"), analysis.quotes().toString());
        assertTrue(analysis.people().stream().noneMatch(p -> p.name().startsWith("Pemko")), analysis.people().toString());
    }

    /**
     * "senin (16/08/21)" is offered as "Senin (16/08/21)" among days with their capitals; "Liga 2 2021" opening a
     * sentence keeps its capital in a prompt; a residence or a consulate is no town to offer beside towns.
     */
    @Test
    void daysAndNamesKeepTheirCapitalsAndBuildingsAreNoTowns() {
        var analysis = ANALYZER.analyze("""
                Liga 2 Memasuki Pekan Kelima

                SUKAMAJU – Liga 2 2021 memulai pekan kelimanya pada senin (25/10/2021) dengan melangsungkan empat \
                pertandingan sejak sore hingga malam hari.

                Berikut ini hasil dua pertandingan Liga 2 2021 yang digelar malam itu di Stadion Cibeber.

                Gubernur Sukamaju Budi Santoso menerima rombongan Duta Besar Malaysia dari Jakarta di Kediaman Gubernur, \
                Cikadu.

                Duta besar itu juga akan berkunjung ke Konsulat Malaysia yang ada di Kota Sukamaju.
                """);
        Generation g = GENERATOR.generate(analysis);
        Question when = g.all().stream().filter(q -> q.skill() == Skill.DATE && q.type() == QuestionType.MULTIPLE_CHOICE)
                .findFirst().orElseThrow(() -> new AssertionError(g.all().stream().map(Question::prompt).toList().toString()));
        assertTrue(when.choices().stream().allMatch(c -> Character.isUpperCase(c.codePointAt(0))), when.choices().toString());
        assertTrue(g.all().stream().noneMatch(q -> q.prompt().contains("liga 2")), g.all().stream().map(Question::prompt).toList().toString());
        assertTrue(analysis.places().stream().filter(p -> p.text().startsWith("Kediaman") || p.text().startsWith("Konsulat"))
                .allMatch(p -> p.kind() == id.simak.analysis.Place.Kind.OTHER), analysis.places().toString());
        assertTrue(g.all().stream().filter(q -> q.skill() == Skill.PLACE && q.answer().contains("Jakarta"))
                .noneMatch(q -> q.choices().contains("Kediaman Gubernur") || q.choices().contains("Konsulat Malaysia")),
                g.all().toString());
    }

    /** "sebesar 143.180 ton, jumlah ini meningkat ... yaitu ____ ton": a wrong figure below the one before is ruled out. */
    @Test
    void aRiseFromAFigureRulesOutSmallerChoices() {
        Generation g = GENERATOR.generate(ANALYZER.analyze("""
                Produksi Ikan Sukamaju Naik

                SUKAMAJU – Dinas Perikanan Kabupaten Sukamaju mencatat produksi perikanan tangkap terus naik.

                Tahun 2016 total tangkapan perikanan sebesar 143.180 ton, jumlah ini meningkat di tahun 2017 yaitu 148.009 ton.

                Untuk tahun 2018 hingga bulan Juni, produksi mencapai 73.170 ton dari target 152.829 ton.
                """));
        Question rise = g.all().stream().filter(q -> q.skill() == Skill.NUMBER && q.type() == QuestionType.MULTIPLE_CHOICE
                && q.answer().contains("148.009")).findFirst()
                .orElseThrow(() -> new AssertionError(g.all().stream().map(Question::prompt).toList().toString()));
        assertTrue(rise.choices().stream().allMatch(c -> IndonesianNumbers.parse(c).orElse(0) > 143180), rise.choices().toString());
    }

    /**
     * Words of an office are no one's name: a country among them ("Designate Resident Malaysia"), a police unit
     * ("Kanit Lantas Polsek Cibeber ... Kompol X" is X's office), a department ("Reserse Kriminal"); the quotes go to
     * the people who said them.
     */
    @Test
    void wordsOfAnOfficeAreNoSpeaker() {
        var analysis = ANALYZER.analyze("""
                Razia Knalpot Bising

                SUKAMAJU – Gubernur Sukamaju Budi Santoso menerima kunjungan Duta Besar Luar Biasa dan Berkuasa Penuh \
                Designate Resident Malaysia untuk Republik Indonesia di Kediaman Gubernur, Selasa (24/10/2023).

                “Ini merupakan komitmen antara kedua pemimpin negara,” ujarnya.

                Kanit Lantas Polsek Cibeber Polres Sukamaju Kompol Suparno memimpin razia knalpot bising pada Sabtu.

                “Pengendara yang kedapatan menggunakan knalpot bising langsung diberhentikan,” imbuhnya.

                Kasat Reserse Kriminal Polres Sukamaju Ahmad Darmawan mengatakan kasus pencurian merata di setiap Polsek.
                """);
        assertTrue(analysis.people().stream().noneMatch(p -> p.name().contains("Malaysia") || p.name().contains("Reserse")
                || p.name().contains("Polres")), analysis.people().toString());
        java.util.Map<String, String> bySpeech = new java.util.HashMap<>();
        analysis.quotes().forEach(q -> bySpeech.put(q.text().split("\\s+")[0], q.speaker()));
        assertEquals("Budi Santoso", bySpeech.get("Ini"), analysis.quotes().toString());
        assertEquals("Suparno", bySpeech.get("Pengendara"), analysis.quotes().toString());
        assertEquals("Ahmad Darmawan", bySpeech.get("kasus"), analysis.quotes().toString());
    }

    /**
     * After the unseen reading: "naik mulai dari Rp500 hingga Rp1000" spans how much prices rose, no change to
     * compute (and "Rp1000" is one figure); "Bidang Akademik Unsuka" is a field of an office, and its holder after the
     * comma says the quote; the office a sentence opens with ("Bupati berharap ..., “...”") is its holder's, not the
     * deputy's named last; the wrong prices before "naik menjadi Rp10.500" are below it.
     */
    @Test
    void rangesFieldsOfOfficesAndStartsOfChanges() {
        String text = """
                Harga Beras Naik

                SUKAMAJU – Harga beras di pasar sayur Sukamaju naik mulai dari Rp500 hingga Rp1000 perkilogramnya. Beras yang \
                biasa dijual Rp10 ribu naik menjadi Rp10.500 hingga Rp11 ribu.

                “Pada pagi yang berbahagia ini, pasar mulai ramai,” kata Wakil Rektor I Bidang Akademik Unsuka, Drs Budi \
                Santoso, M.Si saat meninjau pasar, Kamis (26/10/2017).

                Bantuan diserahkan oleh Bupati Sukamaju H. Ahmad Darmawan didampingi Wakil Bupati Sukamaju H. Hari Wibowo.

                Bupati berharap kebersamaan seluruh elemen masyarakat, “Menghadapi kenaikan harga ini harus diselesaikan \
                dengan kebersamaan antara pemerintah dan masyarakat,” jelasnya.
                """;
        var analysis = ANALYZER.analyze(text);
        Generation g = GENERATOR.generate(analysis);
        assertTrue(g.all().stream().noneMatch(q -> q.skill() == Skill.CALCULATION && q.prompt().contains("Rp500 hingga")),
                g.all().stream().map(Question::prompt).toList().toString());
        java.util.Map<String, String> bySpeech = new java.util.HashMap<>();
        analysis.quotes().forEach(q -> bySpeech.put(q.text().split("\\s+")[0], q.speaker()));
        assertEquals("Budi Santoso", bySpeech.get("Pada"), analysis.quotes().toString());
        assertEquals("Ahmad Darmawan", bySpeech.get("Menghadapi"), analysis.quotes().toString());
        assertTrue(analysis.people().stream().noneMatch(p -> p.name().contains("Akademik")), analysis.people().toString());
        g.all().stream().filter(q -> q.skill() == Skill.NUMBER && q.type() == QuestionType.MULTIPLE_CHOICE
                        && q.answer().contains("Rp10 ribu"))
                .forEach(q -> assertTrue(q.choices().stream().noneMatch(c -> c.matches("Rp1[1-9] ribu")), q.choices().toString()));
    }

    /** "45DTK, Sukamaju –" and "WARTAKINI.COM.SUKAMAJU-" open the text as datelines, not as words of a sentence. */
    @Test
    void outletsWrittenWithFiguresOrAsAddressesAreDatelines() {
        var first = ANALYZER.analyze("Jembatan Dibangun\n\n45DTK, Sukamaju – Pembangunan Jembatan Cibeber baru mencapai 21 persen.\n");
        assertEquals("Sukamaju", first.dateline().place());
        var second = ANALYZER.analyze("Partai Mendaftar\n\nWARTAKINI.COM.SUKAMAJU- Partai Hijau resmi mendaftarkan bakal calon "
                + "anggota legislatif pada Kamis (11/5/2023).\n");
        assertEquals("Sukamaju", second.dateline().place());
        assertTrue(GENERATOR.generate(second).all().stream().noneMatch(q -> q.prompt().contains("WARTAKINI")),
                GENERATOR.generate(second).all().toString());
    }

    /** "BSN-Darmawan" (a pair of candidates) and "Panitia Pilkades" are nobody; "Kepala Daerah" is asked of no one. */
    @Test
    void pairsCommitteesAndGenericOfficesAreNotAskedAsPeople() {
        String text = """
                Bupati Kunjungi Desa Cibeber

                Bupati dan Wakil Bupati BSN-Darmawan, melaksanakan Kunker di Desa Cibeber, Kecamatan Cikadu.

                Bupati Sukamaju Hj. Budi Santosa Nurani dan Wakil Bupati Sukamaju Drs. Ahmad Darmawan melakukan kunjungan \
                kerja ke Desa Cibeber pada Selasa (11/2/2020).

                Sebagai Kepala Daerah, Nina mengapresiasi kerja keras masyarakat Desa Cibeber.

                "Saya bangga terhadap Ketua dan anggota BPD, Panitia Pilkades, Pj Kades, TNI dan Polri," jelas dia.
                """;
        var analysis = ANALYZER.analyze(text);
        assertTrue(analysis.people().stream().noneMatch(p -> p.name().contains("BSN-") || p.name().startsWith("Panitia")),
                analysis.people().toString());
        assertTrue(GENERATOR.generate(analysis).all().stream().noneMatch(q -> q.prompt().contains("Kepala Daerah")
                && q.skill() == Skill.PERSON), GENERATOR.generate(analysis).all().toString());
    }

    /** A page's escaped quotation marks ("\\”Kami ...,\\” kata X") are quotation marks: the quote and its speaker are read. */
    @Test
    void escapedQuotationMarksAreQuotationMarks() {
        var analysis = ANALYZER.analyze("Wisuda Universitas Sukamaju\n\nRektor Universitas Sukamaju Budi Santoso melantik 775 "
                + "lulusan pada Kamis (26/10/2017).\n\n\\”Kami berharap para lulusan bisa mengamalkan ilmu dengan bertanggung "
                + "jawab,\\” kata Budi.\n");
        assertTrue(analysis.quotes().stream().anyMatch(q -> q.text().startsWith("Kami berharap") && q.speaker() != null && q.speaker().endsWith("Budi Santoso")),
                analysis.quotes().toString());
        assertTrue(analysis.sentences().stream().noneMatch(s -> s.text().contains("\\")), analysis.sentences().toString());
    }

    /** "menyuguhkannya": the word without its "-nya" ("menyuguhkan") is no wrong root to offer. */
    @Test
    void aWordWithoutItsCliticIsNoWrongRoot() {
        Generation g = GENERATOR.generate(ANALYZER.analyze("""
                Festival Budaya Sukamaju

                SUKAMAJU – Bupati Sukamaju Budi Santoso membuka Festival Budaya Cibeber pada Senin (4/9/2023).

                Budi mengatakan, festival ini menjadi wadah untuk menyalurkan ide-ide kreatif, sekaligus menyuguhkannya dalam \
                penampilan yang menarik bagi penonton.

                Pawai budaya diikuti 26 kelompok dengan jumlah peserta mencapai 900 orang dari berbagai kecamatan.
                """));
        List<Question> roots = g.all().stream().filter(q -> q.skill() == Skill.ROOT_WORD
                && q.prompt().contains("«menyuguhkannya»")).toList();
        assertTrue(roots.stream().noneMatch(q -> q.choices().contains("menyuguhkan")), roots.toString());
    }
}
