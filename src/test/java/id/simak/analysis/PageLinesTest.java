package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A pasted news page is read for its article: the page around it, captions and a cut-off end are told apart. */
class PageLinesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            Baca juga: Harga Bawang Merah Turun di Awal Maret;        BOILERPLATE
            SIDAK - Bupati Budi Santoso bersama Forkopimda melakukan sidak Pasar Induk Cibeber. -Ahmad-; CAPTION
            BACA JUGA:  Air Rebusan Daun Salam Khasiatnya Dahsyat;     BOILERPLATE
            Baca berita dengan sedikit iklan, klik di sini;           BOILERPLATE
            Baca berita tanpa iklan. Gabung Kompas.com+;              BOILERPLATE
            Pewarta: Dewi Lestari;                                    BOILERPLATE
            Editor : Budi Santoso;                                    BOILERPLATE
            Rep: Wahyu Suryana/ Red: Yusuf Assidiq;                   BOILERPLATE
            Copyright © KABARKOTA 2025;                               BOILERPLATE
            ADVERTISEMENT;                                            BOILERPLATE
            SCROLL TO CONTINUE WITH CONTENT;                          BOILERPLATE
            Kompas.com - 26/09/2022, 13:30 WIB;                       BOILERPLATE
            Rabu, 12 Februari 2020 - 11:11 WIB;                       BOILERPLATE
            Senin, 17 November 2025;                                  BOILERPLATE
            Di baca 9310 kali;                                        BOILERPLATE
            Silakan baca konten menarik lainnya dari Kabar di Google News; BOILERPLATE
            id banjir sigi,bencana alam,sulawesi tengah;             BOILERPLATE
            Ekonomi;                                                  BOILERPLATE
            (*) Irawati;                                              BOILERPLATE
            Pedagang menata cabai di pasar. (Foto: Dok. Humas Pemkot); CAPTION
            Warga melintas di jalan yang tergenang. ANTARA FOTO/Rina Sari/aww.; CAPTION
            Ilustrasi demam berdarah dengue (DBD);                    CAPTION
            Pelatih tim nasional memberi arahan. (Dede Mulyana/Kabar.id); CAPTION
            Harga Cabai di Pasar Kota Naik Menjelang Lebaran;          HEADING
            Harga cabai rawit naik menjelang Lebaran.;                BODY
            Menurut juru bicara, menteri akan berada di Kanada pada 4 dan 5 Mei 2024. (asp); BODY
            Para pemain merayakan gelar juara di stadion. (Media PSSI); CAPTION
            “Sekali lagi saya minta kepada seluruh masyarakat untuk tetap tenang,” tegasnya. (LKF); BODY
            "Kegiatan ini berjalan dengan lancar dan aman," ucap Bupati Zahir. (Sp); BODY
            “Saat ini harga kopi di level petani sekitar Rp 22 ribu,” ujarnya. (dna/ida); BODY
            “Guna menjajaki kerja sama perekonomian dengan Laos,” katanya; BODY
            Enam sanggar tampil, di antaranya Sanggar Cibeber dan Komunitas Sukamaju. (BUDI SANTOSO/Y); BODY
            Enam sanggar tampil di panggung terbuka. (BUDI SANTOSO/Harian Sukamaju); CAPTION
            Pembicaraan itu juga membahas kerja sama pendidikan dan pariwisata. (mcr25/jpnn); BODY
            Pengurus partai mendaftarkan calon anggota legislatif ke KPU Sukamaju. (sukamajunews.com/yd); CAPTION
            (mdk/rzk);                                                  BOILERPLATE
            Baca selengkapnya tentang rencana pemerintah daerah itu dalam laporan kami, yang terbit pekan lalu dan banyak dibaca orang.; BOILERPLATE
            """)
    void tellsWhatALineIs(String line, Sentence.Kind kind) {
        assertEquals(kind, PageLines.kindOf(line.strip(), false));
    }

    @Test
    void listItemsAfterAnIntroductionAreBodyAndLoneBulletsAreLinks() {
        List<Sentence.Kind> kinds = PageLines.classify(List.of(
                "Upaya yang dilakukan pemerintah meliputi:", "- Memantau titik panas setiap hari", "- Menyiapkan regu pemadam",
                "Warga diminta waspada.", "- Lima Desa Terendam Banjir di Hulu Sungai"));
        assertEquals(List.of(Sentence.Kind.BODY, Sentence.Kind.BODY, Sentence.Kind.BODY, Sentence.Kind.BODY,
                Sentence.Kind.BOILERPLATE), kinds);
    }

    /** A long title on the first line has no stop: it is a heading, so a question never quotes or hides it. */
    @Test
    void aLongFirstLineWithoutAStopIsTheTitle() {
        List<Sentence.Kind> kinds = PageLines.classify(List.of(
                "Kunker 2 Hari Gubernur di Kabupaten Sukamaju, Serap Aspirasi Warga dan Buka Festival Durian di Pulau Mutiara",
                "SUKAMAJU - Gubernur melakukan kunjungan kerja ke Kabupaten Sukamaju selama 2 hari, mulai 17 sampai 18 Januari 2025.",
                "Warga menyampaikan aspirasi tentang jalan desa yang rusak dan jembatan yang putus diterjang banjir bulan lalu"));
        assertEquals(List.of(Sentence.Kind.HEADING, Sentence.Kind.BODY, Sentence.Kind.BODY), kinds);
    }

    @Test
    void aTeaserUnderASectionLabelAndARepeatedParagraphAreNotTheArticle() {
        List<Sentence.Kind> kinds = PageLines.classify(List.of(
                "Headline", "Menteri baru tegaskan kabinet akan bekerja cepat.", "Harga cabai naik menjelang Lebaran.",
                "Pedagang berharap pasokan segera pulih.", "Harga cabai naik menjelang Lebaran.",
                "Mulailah mengetik pada pencarian di atas dan tekan tombol kaca pembesar untuk mencari."));
        assertEquals(List.of(Sentence.Kind.BOILERPLATE, Sentence.Kind.BOILERPLATE, Sentence.Kind.BODY, Sentence.Kind.BODY,
                Sentence.Kind.BOILERPLATE, Sentence.Kind.BOILERPLATE), kinds);
    }

    /** A teaser under the headline that the body repeats word for word: the body's copy is the article's paragraph. */
    @Test
    void aTeaserUnderTheHeadlineLeavesTheBodysCopyToTheArticle() {
        List<Sentence.Kind> kinds = PageLines.classify(List.of(
                "Warga Sukamaju Terima Bantuan", "Budi berharap, bantuan ini meringankan beban warga.",
                "SUKAMAJU - Dinas Sosial menyalurkan bantuan bagi 257 keluarga.",
                "Budi berharap, bantuan ini meringankan beban warga.", "Penyaluran tahap kedua digelar bulan depan."));
        assertEquals(Sentence.Kind.CAPTION, kinds.get(1));
        assertEquals(Sentence.Kind.BODY, kinds.get(3));
    }

    @Test
    void aCreditInBracketsAfterTheLastFullStopMakesACaption() {
        assertEquals(Sentence.Kind.CAPTION, PageLines.kindOf(
                "Pelatih tim nasional memberi semangat kepada para pemain di Doha, 28 Januari 2024. (Media Federasi)", false));
        assertEquals(Sentence.Kind.BODY, PageLines.kindOf("Badan Pusat Statistik (BPS) mencatat inflasi 0,3 persen.", false));
    }

    @Test
    void aPastedPageKeepsOnlyItsArticleAsBody() throws IOException {
        String page = resource("/pasted/halaman-portal-berita.txt");
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(page);
        String body = spans.stream().filter(s -> s.sentence().isBody()).map(s -> s.sentence().text())
                .collect(Collectors.joining("\n"));
        assertTrue(body.startsWith("KABARKOTA, Madiun - Harga cabai rawit"), body);
        assertFalse(body.contains("Baca juga"), body);
        assertFalse(body.contains("ADVERTISEMENT"), body);
        assertFalse(body.contains("Pewarta"), body);
        assertFalse(body.contains("Read More"), body);
        assertFalse(body.contains("Foto:"), body);
        // The last sentence was cut off when the page was copied: it is kept for the reader but never read.
        Sentence last = spans.stream().map(SentenceSplitter.Span::sentence)
                .filter(s -> s.text().startsWith("Ia berharap")).findFirst().orElseThrow();
        assertEquals(Sentence.Kind.FRAGMENT, last.kind());
        assertTrue(body.endsWith("setengah dari biasanya."), body);
    }

    @Test
    void theDatelineIsFoundBelowThePageHeaderAndTheHeadlineIsNotAsked() throws IOException {
        ArticleAnalysis a = new ArticleAnalyzer(HunspellLexicon.loadDefault()).analyze(resource("/pasted/halaman-portal-berita.txt"));
        assertNotNull(a.dateline());
        assertEquals("Madiun", a.dateline().place());
        assertEquals("KABARKOTA", a.dateline().agency());
        // Facts of the story come from the body only: the teaser's village is not the story's. The page's date stamp
        // dates the text and is listed, but from its own line, where no question is made.
        assertTrue(a.dates().stream().filter(d -> d.text().contains("12 Maret 2025"))
                .allMatch(d -> !a.sentence(d.sentence()).isBody()), a.dates().toString());
        assertTrue(a.places().stream().noneMatch(p -> p.text().equals("Ngawi")), a.places().toString());
        assertTrue(a.quotes().stream().anyMatch(q -> q.text().startsWith("Kami akan menggelar operasi pasar")), a.quotes().toString());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PageLinesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
