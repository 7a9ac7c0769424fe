package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

    /** Sentences are joined with " | " and kinds listed in order so each row states the whole split. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Ia datang. Mereka pergi.;                                   Ia datang. | Mereka pergi.;           BODY BODY
            Prof. Budi tiba di Jl. Sudirman No. 5 pagi ini.;            Prof. Budi tiba di Jl. Sudirman No. 5 pagi ini.; BODY
            PT. Maju dan Dr. Ani hadir. Acara usai.;                   PT. Maju dan Dr. Ani hadir. | Acara usai.; BODY BODY
            Ada buku, pena, dll. yang dibawa.;                         Ada buku, pena, dll. yang dibawa.;    BODY
            Ada buku, pena, dll. Semua habis.;                         Ada buku, pena, dll. | Semua habis.;  BODY BODY
            "Kita menang!" kata Presiden. Rakyat bersorak.;             "Kita menang!" kata Presiden. | Rakyat bersorak.; BODY BODY
            "Ini penting. Sangat penting," ujarnya.;                    "Ini penting. Sangat penting," ujarnya.; BODY
            “Kami siap.” Dia tersenyum.;                               “Kami siap.” | Dia tersenyum.;        BODY BODY
            Susilo B. Yudhoyono hadir.;                                 Susilo B. Yudhoyono hadir.;            BODY
            Harga naik 2.5 persen. Itu tinggi.;                          Harga naik 2.5 persen. | Itu tinggi.; BODY BODY
            KEPERCAYAAN POLITIK TIMBAL BALIK\\nXi datang.;             KEPERCAYAAN POLITIK TIMBAL BALIK | Xi datang.; HEADING BODY
            Foto ini diambil kemarin. (Reuters)\\nIa pulang.;           Foto ini diambil kemarin. | (Reuters) | Ia pulang.; CAPTION CAPTION BODY
            China dan Asia Tengah Bersiap Gelar KTT\\nXi datang.;     China dan Asia Tengah Bersiap Gelar KTT | Xi datang.; HEADING BODY
            Fotografer itu datang.;                                    Fotografer itu datang.;               BODY
            FOTO: Suasana pelabuhan.;                                  FOTO: Suasana pelabuhan.;             CAPTION
            Menteri itu di pelabuhan. ANTARA/Budi Santoso\\nIa pulang.; Menteri itu di pelabuhan. | ANTARA/Budi Santoso | Ia pulang.; CAPTION CAPTION BODY
            Tangkapan layar YouTube DPR\\nMenteri dalam rapat, Selasa (24/1).\\nIa pulang.; Tangkapan layar YouTube DPR | Menteri dalam rapat, Selasa (24/1). | Ia pulang.; CAPTION CAPTION BODY
            tanpa titik sama sekali;                                    tanpa titik sama sekali;               HEADING
            Ia datang.\\n“Nantinya kopi kami dipasarkan ke 32 negara, seperti Vietnam, Cina, Perancis, Jerman, Rusia, Jepang dan banyak lagi. Memang untuk pemenuha;  Ia datang. | “Nantinya kopi kami dipasarkan ke 32 negara, seperti Vietnam, Cina, Perancis, Jerman, Rusia, Jepang dan banyak lagi. | Memang untuk pemenuha; BODY BODY FRAGMENT
            "Kita harus serius. Saya minta OPD bekerja,” tegas Wabup.;  "Kita harus serius. Saya minta OPD bekerja,” tegas Wabup.; BODY
            “Di Bintan ada 5 desa. Di Natuna ada 17 desa," kata Anang.; “Di Bintan ada 5 desa. Di Natuna ada 17 desa," kata Anang.; BODY
            Wakil Wali Kota juga menyampaikan terima kasih kepada kedua kota.“Saya bersyukur atas sambutan ini,” ucapnya.; Wakil Wali Kota juga menyampaikan terima kasih kepada kedua kota. | “Saya bersyukur atas sambutan ini,” ucapnya.; BODY BODY
            Sukamaju Tengah, Lampung Barat (Kabardesa. Com) – Pemerintah kecamatan membina BUMDes. Warga senang.; Sukamaju Tengah, Lampung Barat (Kabardesa. Com) – Pemerintah kecamatan membina BUMDes. | Warga senang.; BODY BODY
            Polisi menangkap pria di Kampung Rakyat.Seorang pria membawa ponsel.Dari pengakuannya, ia membeli sabu.; Polisi menangkap pria di Kampung Rakyat. | Seorang pria membawa ponsel. | Dari pengakuannya, ia membeli sabu.; BODY BODY BODY
            Forum itu digelar di Kota Sukamaju (FSEF).Sukamaju mengirim delegasi.; Forum itu digelar di Kota Sukamaju (FSEF). | Sukamaju mengirim delegasi.; BODY BODY
            Ia tinggal di Kab.Sukamaju bersama H.Muhammad di Jl.Merdeka dekat Kabardesa.Com setiap hari.; Ia tinggal di Kab.Sukamaju bersama H.Muhammad di Jl.Merdeka dekat Kabardesa.Com setiap hari.; BODY
            Harga telur kini Rp80 ribu per rak dengan isi 30 butir. ”Harga telur masih tinggi.; Harga telur kini Rp80 ribu per rak dengan isi 30 butir. | ”Harga telur masih tinggi.; BODY BODY
            Bupati hadir bersama Komandan Kodim Letkol Kav. Ari Santoso dan Ketua TP. PKK Budi Rahayu. Acara lancar.; Bupati hadir bersama Komandan Kodim Letkol Kav. Ari Santoso dan Ketua TP. PKK Budi Rahayu. | Acara lancar.; BODY BODY
            Ia didampingi Direktur Dr. Capt. Budi Santoso dan Kapolres Kombes Pol. Ahmad Darmawan. Acara lancar.; Ia didampingi Direktur Dr. Capt. Budi Santoso dan Kapolres Kombes Pol. Ahmad Darmawan. | Acara lancar.; BODY BODY
            Harga cabai berkisar Rp 38.250-Rp 72. 500 per Kg. Mengacu data itu, harga naik.; Harga cabai berkisar Rp 38.250-Rp 72. 500 per Kg. | Mengacu data itu, harga naik.; BODY BODY
            Jaraknya 12 km. Warga berjalan kaki. Harga 2 kg. beras naik.; Jaraknya 12 km. | Warga berjalan kaki. | Harga 2 kg. beras naik.; BODY BODY BODY
            Jumlahnya 72. 500 warga lain menunggu.;                     Jumlahnya 72. 500 warga lain menunggu.; BODY
            Gubernur Serahkan Bantuan Banjir\\n\\nUntuk diketahui, dalam tinjauan itu Gubernur menyerahkan bantuan 12 ton beras, mi instan 250 kardus, sarden 300 kaleng.***; Gubernur Serahkan Bantuan Banjir | Untuk diketahui, dalam tinjauan itu Gubernur menyerahkan bantuan 12 ton beras, mi instan 250 kardus, sarden 300 kaleng.***; HEADING BODY
            Gubernur Serahkan Bantuan Banjir\\n\\nUntuk diketahui, dalam tinjauan itu Gubernur menyerahkan bantuan 12 ton beras, mi instan 250 kardus, sarden 300 kaleng dan (***); Gubernur Serahkan Bantuan Banjir | Untuk diketahui, dalam tinjauan itu Gubernur menyerahkan bantuan 12 ton beras, mi instan 250 kardus, sarden 300 kaleng dan (***); HEADING FRAGMENT
            """)
    void splitsSentencesAndTellsTheirKind(String text, String sentences, String kinds) {
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text.replace("\\n", "\n"));
        assertEquals(sentences, spans.stream().map(s -> s.sentence().text()).collect(Collectors.joining(" | ")));
        assertEquals(kinds, spans.stream().map(s -> s.sentence().kind().name()).collect(Collectors.joining(" ")));
    }

    /**
     * A newline that only wraps a sentence becomes a space, at the same length; a paragraph's end, a short line, and a
     * page's clutter on the next line (a web address, a file name, a byline's hour) stay apart.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Sedangkan Pemerintah menetapkan harga pokok penjualan (HPP)\\ngabah sebesar Rp5000 per kilogram.;   Sedangkan Pemerintah menetapkan harga pokok penjualan (HPP) gabah sebesar Rp5000 per kilogram.
            Petani mengaku mereka berharap kondisi cuaca yang\\ncerah dan panas ini\\nbisa menghasilkan gabah.; Petani mengaku mereka berharap kondisi cuaca yang cerah dan panas ini bisa menghasilkan gabah.
            Harga gabah naik tajam di pasar itu.\\nharga beras ikut naik.;                                     Harga gabah naik tajam di pasar itu.\\nharga beras ikut naik.
            Bantuan benih padi dan jagung\\nwww.kabarkita.net SUKAMAJU - Petani menerima benih.;               Bantuan benih padi dan jagung\\nwww.kabarkita.net SUKAMAJU - Petani menerima benih.
            Tangkapan nelayan di Sukamaju menurun oleh\\nkkp-serapan-hasil-tangkapan-nelayan;                   Tangkapan nelayan di Sukamaju menurun oleh\\nkkp-serapan-hasil-tangkapan-nelayan
            Harga cabai naik\\nsejak pekan lalu di pasar.;                                                       Harga cabai naik\\nsejak pekan lalu di pasar.
            """)
    void joinsOnlyLinesThatWrapOneSentence(String text, String joined) {
        String in = text.replace("\\n", "\n");
        String out = SentenceSplitter.joinSoftWraps(in);
        assertEquals(joined.replace("\\n", "\n"), out);
        assertEquals(in.length(), out.length(), "offsets into the text stay offsets into the joined text");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Satu. Dua.\\n\\nTiga.\\nEMPAT;     0 0 1 2
            A b c.;                            0
            """)
    void numbersParagraphsByNonEmptyLines(String text, String paragraphs) {
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text.replace("\\n", "\n"));
        assertEquals(paragraphs, spans.stream().map(s -> String.valueOf(s.sentence().paragraph()))
                .collect(Collectors.joining(" ")));
        for (int i = 0; i < spans.size(); i++) {
            assertEquals(i, spans.get(i).sentence().index());
        }
    }
}
