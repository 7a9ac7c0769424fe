package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcronymExtractorTest {

    /** Each abbreviation found as SHORT=long form, separated by a space when there are several. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Menjelang pembukaan konferensi tingkat tinggi (KTT) yang akan datang.;   KTT=konferensi tingkat tinggi
            KTT (konferensi tingkat tinggi) dibuka hari ini.;                         KTT=konferensi tingkat tinggi
            Data dari Badan Pusat Statistik (BPS) menunjukkan kenaikan.;              BPS=Badan Pusat Statistik
            Anggaran Pendapatan dan Belanja Negara (APBN) naik.;                      APBN=Anggaran Pendapatan dan Belanja Negara
            Kantor berita Xinhua (Xinhua) melaporkan.;                                 ''
            Harga naik (lagi) minggu ini.;                                            ''
            Ia tiba di Kudus (Jateng) pagi tadi.;                                     ''
            Presiden berkunjung ke Bandung (Jawa Barat) kemarin.;                     ''
            Laporan Lembaga Kajian Lokal (LKL) terbit kemarin.;                        LKL=Lembaga Kajian Lokal
            Petugas Kepolisian Resor (Polres) berjaga di pasar.;                       Polres=Kepolisian Resor
            Dinas Perhubungan (Dishub) menutup jalan itu.;                             Dishub=Dinas Perhubungan
            Badan Pengawas Pemilu (Bawaslu) menerima laporan.;                         Bawaslu=Badan Pengawas Pemilu
            Penderita tuberkulosis (TB) wajib berobat rutin.;                          TB=tuberkulosis
            Kabel itu sepanjang sepuluh kilometer (km).;                               km=kilometer
            Laga digelar di Stadion Utama Sukamaju Raya, Senin. Penonton memadati SUSR sejak sore.; SUSR=Stadion Utama Sukamaju Raya
            Rapat digelar di Balai Kota Sukamaju bersama Bank Kredit Sukamaju. BKS menyiapkan dana.; ''
            Kebakaran hutan dan lahan (karhutla) meluas.;                              karhutla=Kebakaran hutan dan lahan
            Rancangan undang-undang (RUU) itu disahkan.;                               RUU=Rancangan undang-undang
            Program Keluarga Harapan atau PKH disalurkan bulan depan.;                 PKH=Program Keluarga Harapan
            Menurut dia, PKH atau Program Keluarga Harapan disalurkan bulan depan.;    PKH=Program Keluarga Harapan
            Pedagang memilih kios atau los di pasar baru.;                             ''
            Penjualan naik 5 persen secara bulanan (month-to-month/mtm) pada Mei.;     mtm=month-to-month
            Keselamatan dan Kesehatan Kerja (K3) wajib diterapkan.;                    K3=Keselamatan dan Kesehatan Kerja
            Sinyal belum sampai ke daerah terluar, terdepan, dan tertinggal (3T).;     3T=terluar, terdepan, dan tertinggal
            Pemeriksaan Pelaksanaan APBD (P2APBD) selesai.;                            P2APBD=Pemeriksaan Pelaksanaan APBD
            Kelompok Tani Maju dan Kelompok Wanita Tani (KTM-KWT) menerima bantuan.;   KTM=Kelompok Tani Maju KWT=Kelompok Wanita Tani
            Peraturan Daerah Nomor 5 Tahun 2021 tentang Pajak Restoran (Perda PR) berlaku.; Perda PR=Peraturan Daerah Nomor 5 Tahun 2021 tentang Pajak Restoran
            Satuan Polisi Pamong Praja (Satpol PP) menertibkan lapak.;                 Satpol PP=Satuan Polisi Pamong Praja
            Perusahaan asal Italia, Interventi Active in Atmosfera (IAA), bekerja sama.; IAA=Interventi Active in Atmosfera
            """)
    void findsSpelledOutAcronyms(String text, String expected) {
        String actual = AcronymExtractor.extract(SentenceSplitter.split(text)).stream()
                .map(a -> a.shortForm() + "=" + a.longForm()).collect(Collectors.joining(" "));
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Pemerintah menyiapkan vaksin.; Demam Berdarah Dengue (DBD) meningkat.; DBD=Demam Berdarah Dengue
            """)
    void aCaptionsOtherSpellingGivesWayToTheBodys(String body, String bodyWithAcronym, String expected) {
        String text = "Foto: Ilustrasi demam berdarag dengue (DBD)\n" + body + " " + bodyWithAcronym;
        String actual = AcronymExtractor.extract(SentenceSplitter.split(text)).stream()
                .map(a -> a.shortForm() + "=" + a.longForm()).collect(Collectors.joining(" "));
        assertEquals(expected, actual);
    }

    /** Letters picked freely from long words could be tried in very many ways; the search stays quick. */
    @Test
    void aLongRunOfLookAlikeWordsIsReadQuickly() {
        String text = "aaaaaaaaaaaa ".repeat(40) + "(aaaaaaaaaaaaaab) dan " + "Aaaa ".repeat(40) + "(Aaaaaaaaaaaab).";
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> AcronymExtractor.extract(SentenceSplitter.split(text)));
    }
}
