package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteExtractorTest {

    private static final PersonExtractor PEOPLE = new PersonExtractor(new CountryNames(), HunspellLexicon.loadDefault());

    /** Each quote as text@speaker@sentence. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Presiden China Xi Jinping tiba. "Kita bersahabat. Kita maju bersama," kata Xi dalam lawatan itu.; Kita bersahabat. Kita maju bersama@Xi Jinping@1
            Presiden Joko Widodo tiba. “Kita harus kerja keras,” ujarnya.;                              Kita harus kerja keras@Joko Widodo@1
            Presiden Joko Widodo menyatakan, “Kita harus kerja keras.”;                                Kita harus kerja keras.@Joko Widodo@0
            "Kami menolak campur tangan," ungkap Lin Jian.;                                            Kami menolak campur tangan@Lin Jian@0
            Mereka menentang upaya memicu "revolusi warna".;                                          ''
            Presiden Joko Widodo datang. "Kita menang!" kata Presiden.;                                Kita menang!@Joko Widodo@1
            "Tanpa penutup kata dia;                                                                   ''
            Rina Sartika (20) menyumbangkan dua medali emas. "Saya berjuang untuk keluarga dan pelatih saya," kata mahasiswa Universitas Sukamaju itu.; Saya berjuang untuk keluarga dan pelatih saya@Rina Sartika@1
            Menteri Kelautan Bayu Aji meninjau pelabuhan. Peneliti perikanan Universitas Hasanuddin, Rini Astuti, menilai stok ikan turun. "Kuota perlu ditinjau," katanya.; Kuota perlu ditinjau@Rini Astuti@2
            Gubernur Maluku Ardi Wiranto hadir. Sumarni, 45 tahun, pedagang ikan di Ambon, ikut datang. "Harga es naik," ujarnya.; Harga es naik@Sumarni@2
            Menteri Pertanian Andi Saputra meninjau sawah. "Panen tahun ini bagus sekali," beber Andi.;  Panen tahun ini bagus sekali@Andi Saputra@1
            "Stok beras aman sampai akhir tahun," kata Kepala Badan Pangan Daerah Rudi Hartono di Medan.; Stok beras aman sampai akhir tahun@Rudi Hartono@0
            Gubernur Lampung Joko Prasetyo hadir. "Jalan itu harus segera diperbaiki," Joko menambahkan.; Jalan itu harus segera diperbaiki@Joko Prasetyo@1
            "Kami siap bertanding," kata Menteri Pemuda Budi Santoso. "Semua pemain dalam kondisi bugar."; Kami siap bertanding@Budi Santoso@0 Semua pemain dalam kondisi bugar.@Budi Santoso@1
            "Hidup petani!" seru sejumlah warga yang berkumpul di alun-alun.;                         Hidup petani!@sejumlah warga@0
            Menteri Pemuda Budi Santoso memuji tim. "Mereka bermain sangat baik malam ini," ujar pria asal Bandung itu.; Mereka bermain sangat baik malam ini@Budi Santoso@1
            Menteri Andi Saputra membuka pameran. "Target ekspor tahun ini tercapai dengan baik sekali," kata peneliti dari lembaga swasta.; Target ekspor tahun ini tercapai dengan baik sekali@null@1
            Menteri Andi Saputra membuka pameran. "Beliau selalu bekerja keras," kata putri sulung Andi Saputra.; Beliau selalu bekerja keras@null@1
            Kepala Balai Rita Sari memberi keterangan. "Kami sudah bertemu Pak Ahmad Fauzi kemarin," ia menambahkan.; Kami sudah bertemu Pak Ahmad Fauzi kemarin@Rita Sari@1
            "Kita harus siap menghadapi musim hujan,” kata Budi Santoso.;                               Kita harus siap menghadapi musim hujan@Budi Santoso@0
            "Kami bangga," kata Budi Santoso dalam acara "Pekan Raya Kota" di Jakarta.;                 Kami bangga@Budi Santoso@0
            Gubernur Bali Wayan Sudarma meninjau sawah. Menteri Andi Saputra juga hadir. "Kami akan membangun bendungan," ujar gubernur asal Tabanan itu.; Kami akan membangun bendungan@Wayan Sudarma@2
            Gubernur Sulawesi Tenggara, Ali Saputra mengapresiasi festival itu. "Festival ini harus terus berlanjut setiap tahun," kata orang nomor satu di Sultra ini.; Festival ini harus terus berlanjut setiap tahun@Ali Saputra@1
            Duta Besar Indonesia Rudi Hartono menyambut rombongan. "Terima kasih atas kunjungannya ke sini," kata pejabat yang berasal dari Padang itu.; Terima kasih atas kunjungannya ke sini@Rudi Hartono@1
            "Semua warga diminta tetap tenang dan waspada," demikian Bupati Rudi Hartono.;              Semua warga diminta tetap tenang dan waspada@Rudi Hartono@0
            Menteri Luar Negeri Sri Lestari hadir. "Kami akan melihat kembali kerja sama itu," kata mantan Duta Besar RI untuk Kanada itu.; Kami akan melihat kembali kerja sama itu@Sri Lestari@1
            Warga mengeluhkan jalan rusak. ‘’Mulanya kecil, lalu makin lebar karena jadi genangan air,’’ kata Mustakim.; Mulanya kecil, lalu makin lebar karena jadi genangan air@Mustakim@1
            Nelayan tidak melaut. “Sudah seminggu tidak melaut karena ombak tinggi,“ kata Sugeng.; Sudah seminggu tidak melaut karena ombak tinggi@Sugeng@1
            Turnamen itu dimulai pekan ini. ”Keempat tim peserta akan saling bertemu sampai Minggu,” kata Wayan Artanayasa.; Keempat tim peserta akan saling bertemu sampai Minggu@Wayan Artanayasa@1
            """)
    void findsQuotesAndSpeakers(String text, String expected) {
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        List<QuoteExtractor.Found> quotes = QuoteExtractor.extract(text, spans, PEOPLE.extract(spans));
        String actual = quotes.stream().map(q -> q.quote().text() + "@" + q.quote().speaker() + "@" + q.quote().sentence())
                .collect(Collectors.joining(" "));
        assertEquals(expected, actual);
    }

    /** A paragraph opened with a closing mark ("” Sudah ...") holds a quote, as its closing mark shows. */
    @Test
    void aClosingMarkThatOpensAParagraphOpensAQuote() {
        String text = "Warga Desa Sukamaju mengeluhkan layanan puskesmas.\n\n"
                + "” Sudah dua minggu dokter di puskesmas tidak pernah masuk sehingga pelayanan tidak maksimal,” kata Aswan Bolong.";
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        List<QuoteExtractor.Found> quotes = QuoteExtractor.extract(text, spans, PEOPLE.extract(spans));
        assertEquals(List.of("Sudah dua minggu dokter di puskesmas tidak pernah masuk sehingga pelayanan tidak maksimal@Aswan Bolong"),
                quotes.stream().map(q -> q.quote().text() + "@" + q.quote().speaker()).toList());
    }

    /**
     * A paragraph that opens a quote and never closes it is the quote of the one person the paragraph before says
     * spoke, with a role and an apposition between ("Kepala Pelaksana BPBD, X, saat ditemui ... mengatakan").
     */
    @Test
    void anUnclosedQuoteParagraphGoesOnFromThePersonWhoSpokeBefore() {
        String text = "Kepala Pelaksana BPBD Sukamaju, Sri Winoto, saat ditemui di kantornya mengatakan, bantuan air dikirim tiap hari.\n\n"
                + "\"Hingga hari ini kami telah mengirimkan bantuan ke tujuh desa yang mengalami krisis air bersih. "
                + "Totalnya sebanyak 75 tangki.\n\nWarga berharap hujan segera turun.";
        List<Quote> quotes = analyzed(text).directQuotes();
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals("Sri Winoto", quotes.get(0).speaker());
        assertTrue(quotes.get(0).text().endsWith("75 tangki."), quotes.get(0).text());
    }

    /** A quote of two sentences in one paragraph, attributed after its closing mark, is one quote of its speaker. */
    @Test
    void aQuoteOfSeveralSentencesInOneParagraphIsOneQuote() {
        String text = "Judul\n\nKepala Dinas Pertanian Budi Santoso meninjau sawah di Cibeber.\n\n"
                + "“Pada Maret mendatang diperkirakan panen raya padi. Hasilnya bisa mencapai seratus ribu ton,” kata Budi "
                + "di kantornya, Senin (22/1).";
        List<Quote> quotes = analyzed(text).directQuotes();
        assertEquals(List.of("Pada Maret mendatang diperkirakan panen raya padi. Hasilnya bisa mencapai seratus ribu ton@Budi Santoso"),
                quotes.stream().map(q -> q.text() + "@" + q.speaker()).toList());
        // Marks paired across sentences with nobody named after them are no quote.
        List<Quote> stray = analyzed("Judul\n\nWarga menyebut sungai itu "
                + "\"kali mati. Airnya tidak pernah mengalir lagi sejak bendungan dibangun di hulu\" dan meminta perbaikan.")
                .directQuotes();
        assertEquals(List.of(), stray);
    }

    /**
     * "Kadisdik X, A, melalui Kabid Y, B, menyebutkan ...": who goes on speaking is B, who speaks for the office; a
     * quote typed with two apostrophes may open with a figure ("‘’26 unit SD ...," rincinya).
     */
    @Test
    void whoSpeaksThroughAnotherIsTheOneWhoGoesOnAndAFigureMayOpenAQuote() {
        List<Quote> quotes = analyzed("Judul\n\n"
                + "Kepala Dinas Pendidikan, Ahmad Darmawan, melalui Kepala Bidang Sekolah Dasar, Budi Santoso, menyebutkan "
                + "32 sekolah dalam kondisi rusak berat. ‘’26 unit SD kondisinya rusak berat, SMP 6 unit yang rusak berat,\" "
                + "rincinya.\n\nMenurutnya, sebanyak 26 unit sekolah akan diperbaiki tahun ini. \"Yang rusak berat akan dibongkar "
                + "dan dibangun baru,\" jelasnya.").directQuotes();
        assertEquals(List.of("26 unit SD kondisinya rusak berat, SMP 6 unit yang rusak berat@Budi Santoso",
                        "Yang rusak berat akan dibongkar dan dibangun baru@Budi Santoso"),
                quotes.stream().map(q -> q.text() + "@" + q.speaker()).toList());
    }

    /** "ucap Walikota": the office written as one word is the "Wali Kota" the text gave its holder. */
    @Test
    void theOfficeWrittenAsOneWordIsItsHolder() {
        List<Quote> quotes = analyzed("Judul\n\nWali Kota Madiun, Budi "
                + "Santoso, mengunjungi Kelurahan Cibeber, Sabtu.\n\n“Keluhan apa yang ingin disampaikan masyarakat, silakan "
                + "sampaikan,” ucap Walikota memulai.").directQuotes();
        assertEquals(List.of("Budi Santoso"), quotes.stream().map(Quote::speaker).toList());
    }

    /** "jelas wali kota", "ujar gubernur": an office written small, alone, is its one holder. */
    @Test
    void anOfficeWrittenSmallIsItsHolder() {
        List<Quote> quotes = analyzed("Judul\n\nWali Kota Madiun, Budi "
                + "Santoso, mengunjungi Kelurahan Cibeber, Sabtu.\n\n“Silakan sampaikan hal-hal yang ingin disampaikan,” "
                + "jelas wali kota.\n\nWali kota mengakui, sulit bagi pemerintah memenuhi segala sesuatunya dalam setahun.")
                .quotes();
        assertEquals(List.of("Budi Santoso", "Budi Santoso"), quotes.stream().map(Quote::speaker).toList());
        assertTrue(quotes.get(1).reported(), quotes.toString());
    }

    /** "ujar pedagang sayuran Sumirah": a noun for a person and the words that say which, then the name. */
    @Test
    void aSpeakerDescribedBeforeTheNameIsNamed() {
        
        assertEquals("Sumirah", analyzed("Judul\n\n\"Bawang merah sudah naik dari sebelum Natal,\" ujar pedagang "
                + "sayuran Sumirah kepada wartawan, Kamis.").directQuotes().get(0).speaker());
        // "kata warga Cibeber": the residents of a place are nobody's name.
        assertEquals(null, analyzed("Judul\n\n\"Harga ikan naik lagi,\" kata warga Cibeber saat ditemui.")
                .directQuotes().get(0).speaker());
    }

    private static ArticleAnalyzer analyzer;

    /** The whole analysis of a text, with one analyzer for the class (the models load once). */
    private static ArticleAnalysis analyzed(String text) {
        if (analyzer == null) {
            analyzer = new ArticleAnalyzer(HunspellLexicon.loadDefault());
        }
        return analyzer.analyze(text);
    }

    private static String speakerOfTheOnlyQuote(String text) {
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        List<QuoteExtractor.Found> quotes = QuoteExtractor.extract(text, spans, PEOPLE.extract(spans));
        assertEquals(1, quotes.size(), quotes.toString());
        return quotes.get(0).quote().speaker();
    }

    @Test
    void aQuoteParagraphGoesOnFromTheSpeakerOfTheParagraphBefore() {
        String text = "Menteri Andi Saputra tiba di Bandung.\n\nIa menjelaskan, anggaran sudah disiapkan sejak awal tahun.\n\n"
                + "\"Semua proyek akan selesai tahun depan.\"";
        assertEquals("Andi Saputra", speakerOfTheOnlyQuote(text));
    }

    /** "ujarnya" after a sentence whose subject speaks of others goes back to the subject, not to the last name. */
    @Test
    void whoGoesOnSpeakingIsTheSubjectOfTheSentenceBeforeNotItsObject() {
        String text = "Pelatih Yohanes Rumbiak memimpin tim layar di Teluk Sukamaju.\n\n"
                + "Yohanes berharap prestasi itu akan memacu semangat atlet Dewi Lestari dan Siti Rahmawati untuk meraih medali. "
                + "\u201cUntuk atlet putri kami, hari Sabtu baru akan berlomba,\u201d ujarnya.";
        ArticleAnalysis a = analyzed(text);
        assertTrue(a.people().stream().anyMatch(p -> p.name().equals("Siti Rahmawati")), a.people().toString());
        assertEquals(List.of("Yohanes Rumbiak"), a.quotes().stream().map(Quote::speaker).toList());
    }

    /** "kata dr Yandri": after a personal title one word is a name; a figure whose message is cited does not speak on. */
    @Test
    void aTitledNameSpeaksAndAnHonouredNameDoesNot() {
        
        ArticleAnalysis titled = analyzed("\u201cKegiatan ini bagus sekali,\u201d kata dr Yandri kepada wartawan.");
        assertEquals(List.of("Yandri"), titled.quotes().stream().map(Quote::speaker).toList());
        ArticleAnalysis honoured = analyzed("Gubernur Lalu Sukarta mengatakan, pertemuan itu bentuk komitmen daerah.\n\n"
                + "Khususnya, kata dia, warga terus mendukung perjuangan itu sesuai amanat Bung Karno. "
                + "\u201cTadi kedutaan juga menawarkan kerja sama di bidang pendidikan,\u201d ujarnya.");
        assertEquals(List.of("Lalu Sukarta"), honoured.directQuotes().stream().map(Quote::speaker).toList());
    }

    @Test
    void aQuoteParagraphGoesOnFromTheHopeThePersonBeforeVoiced() {
        String text = "Gubernur Jawa Tengah Ahmad Fauzi tiba di Kyoto.\n\nAhmad berharap kunjungan ini membawa hasil bagi daerahnya.\n\n"
                + "\u201cKita berharap dapat menjalin kerja sama yang saling menguntungkan dengan Jepang.\u201d";
        assertEquals("Ahmad Fauzi", speakerOfTheOnlyQuote(text));
    }

    @Test
    void aQuoteThatOpensTheStoryTakesThePersonTheNextSentenceNames() {
        String text = "\"Kami akan membangun dua jembatan baru tahun ini,\" ujarnya.\nMenteri Andi Saputra menyampaikan hal itu di Bandung.";
        assertEquals("Andi Saputra", speakerOfTheOnlyQuote(text));
    }

    /**
     * "..., imbuhnya": who adds goes on from the quote before, though the paragraph between names someone else; when
     * someone else speaks between them ("Rina menjelaskan"), that one goes on. "..., katanya" goes back past a name
     * given to describe someone ("bernama Hendi") or told in another's reported words ("Menurut dia, Hendi ..."); "kata
     * Menkes" is the one whose role is "Menteri Kesehatan".
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Bupati Darto Wibisono meresmikan pasar di Sukamaju.\\n\\n“Pasar ini untuk warga,” kata Bupati Darto.\\n\\nBagi bupati, pasar itu dekat di hati sang istri Ratna Dewi.\\n\\n“Saya sering belanja di sini sejak kecil dulu,” imbuhnya.; Darto Wibisono
            Bupati Darto Wibisono meresmikan pasar di Sukamaju.\\n\\n“Pasar ini untuk warga,” kata Bupati Darto.\\n\\nKepala Dinas Rina Sari menjelaskan, biaya pasar itu Rp2 miliar.\\n\\n“Semua dari anggaran daerah tahun ini,” imbuhnya.;      Rina Sari
            "Kami bangga sekali," kata Kepala SMKN 2 Karangsari Mukmin di Sukamaju.\\nSiswa yang menang itu bernama Hendi Faisal dari kelas XI.\\nLomba itu diikuti peserta dari 33 provinsi.\\n"Kami akan terus mendorong anak-anak belajar," katanya.; Mukmin
            "Kami bangga sekali," kata Kepala Sekolah Darto Wibisono di Sukamaju.\\nMenurut dia, Hendi Faisal sebelumnya juara tingkat provinsi.\\n"Kami membebaskan seluruh biaya pendidikannya," katanya.; Darto Wibisono
            Menteri Kesehatan Rina Astuti meninjau RSUD Sukamaju.\\nUsai berkeliling, ia disambut Kepala Dinas Budi Santoso.\\n“Pelayanannya sudah bagus, nanti kita tingkatkan,” kata Menkes.; Rina Astuti
            """)
    void whoAddsGoesOnFromTheQuoteBefore(String text, String expected) {
        String t = text.replace("\\n", "\n");
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(t);
        List<QuoteExtractor.Found> quotes = QuoteExtractor.extract(t, spans, PEOPLE.extract(spans));
        assertEquals(expected, quotes.get(quotes.size() - 1).quote().speaker(), quotes.toString());
    }
}
