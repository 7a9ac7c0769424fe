package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "null", textBlock = """
            XI'AN, 16 Mei (Xinhua) -- Menjelang KTT di Xi'an.;  Xi'an;    --05-16;    Xinhua; XI'AN, 16 Mei (Xinhua) --
            Jakarta (ANTARA) - Harga beras naik.;               Jakarta;  null;       ANTARA; Jakarta (ANTARA) -
            KLATEN- Kegiatan festival budaya digelar di taman kota.; Klaten; null;   null;   KLATEN-
            WARTAKINI.COM-MALANG- Pemkab Malang memulai program makan bergizi.; Malang; null; WARTAKINI.COM; WARTAKINI.COM-MALANG-
            Klaten-SP: Dalam operasi itu polisi menangkap dua pencuri.; Klaten; null; SP;   Klaten-SP:
            Sukamajukini, Klaten—Musim pancaroba membuat tangkapan ikan menurun.; Klaten; null; Sukamajukini; Sukamajukini, Klaten—
            KLATEN.SUKAMAJU.ASIA – Dinas Kesehatan menyebut angka stunting turun.; Klaten; null; sukamaju.asia; KLATEN.SUKAMAJU.ASIA –
            BEIJING, 2 Maret (Xinhua) — Rapat dimulai.;         Beijing;  --03-02;    Xinhua; BEIJING, 2 Maret (Xinhua) —
            Jakarta, Kamis (2/3) (ANTARA) - Harga naik.;      Jakarta;  --03-02;    ANTARA; Jakarta, Kamis (2/3) (ANTARA) -
            Judul Berita\\n\\nJAKARTA, KOMPAS — Pemerintah bekerja.;  Jakarta;  null;       KOMPAS; JAKARTA, KOMPAS —
            KUALA LUMPUR – Para menteri sepakat.;               Kuala Lumpur; null;   null;   KUALA LUMPUR –
            PALU, Kabar Sulteng – Banjir bandang.;              Palu;     null;       Kabar Sulteng; PALU, Kabar Sulteng –
            Jakarta – Kementerian menargetkan.;                 Jakarta;  null;       null;   Jakarta –
            SURABAYA, 5 Juni 2023 (ANTARA) - Hujan turun.;      Surabaya; 2023-06-05; ANTARA; SURABAYA, 5 Juni 2023 (ANTARA) -
            Bandung, CNN Indonesia -- Hujan deras turun.;       Bandung;  null;       CNN Indonesia; Bandung, CNN Indonesia --
            Judul Panjang\\n\\nTEMPO.CO, Sleman - Petani panen.; Sleman; null;   TEMPO.CO; TEMPO.CO, Sleman -
            Kompas.com - Harga emas turun.;                     null;     null;       Kompas.com; Kompas.com -
            kabarsukamaju.com,- Bupati meninjau pengungsi.;      null;     null;       kabarsukamaju.com; kabarsukamaju.com,-
            Sukamaju Tv, Banjarbaru – Atlet meraih tujuh medali.; Banjarbaru; null;    Sukamaju Tv; Sukamaju Tv, Banjarbaru –
            SUKAMAJU,- Jaksa melaksanakan eksekusi putusan.;      Sukamaju; null;       null; SUKAMAJU,-
            SUKAMAJU, Beritasukamaju.id Menteri meninjau pabrik.; Sukamaju; null;     Beritasukamaju.id; SUKAMAJU, Beritasukamaju.id
            Medan, Kompas.com – Banjir surut.;                  Medan;    null;       Kompas.com; Medan, Kompas.com –
            Liputan6.com, Ambon - Kapal bersandar.;             Ambon;    null;       Liputan6.com; Liputan6.com, Ambon -
            Menteri Tinjau Pasar\\n\\nMenteri Tinjau...\\nMenteri meninjau pasar di Medan. FOTO/DOK HUMAS\\nA A A\\nMEDAN - Menteri meninjau pasar.; Medan; null; null; MEDAN -
            Bekasi, Warta.com-Kepala dinas membuka posko.;      Bekasi;   null;       Warta.com; Bekasi, Warta.com-
            Kabarku.id, KEDIRI—Sejumlah ruas jalan rusak.;      Kediri;   null;       Kabarku.id; Kabarku.id, KEDIRI—
            WARTAKU, GARUT-Bupati meninjau sawah di Garut.;    Garut;    null;       WARTAKU; WARTAKU, GARUT-
            PADANG, SUARANTA - Banjir surut di Padang.;        Padang;   null;       SUARANTA; PADANG, SUARANTA -
            Bogor, CNN Indonesia --\\nHujan deras turun di Bogor.; Bogor; null;     CNN Indonesia; Bogor, CNN Indonesia --
            LNews—KUDUS— Rektor meresmikan gedung.;             Kudus;    null;       LNews;  LNews—KUDUS—
            Bogor, Berita-Sains.com – Kepala badan meninjau laboratorium.; Bogor; null; Berita-Sains.com; Bogor, Berita-Sains.com –
            Judul Berita\\n\\nSUKAMAJU-Melalui sidang paripurna, dewan mengesahkan anggaran.; Sukamaju; null; null; SUKAMAJU-
            Warta.id- Badan cuaca memasang sensor baru di pantai.; null; null;    Warta.id; Warta.id-
            SUKAMAJU, Jumat (6/4/2018) kabarnusa-news.com – Petugas melarang truk melintas.; Sukamaju; 2018-04-06; kabarnusa-news.com; SUKAMAJU, Jumat (6/4/2018) kabarnusa-news.com –
            KABARNUSA- Jelang pembukaan pameran besok, para tamu mulai tiba.; null; null; KABARNUSA; KABARNUSA-
            SUKAMAJU- Jelang panen, petani di Sukamaju memperbaiki saluran.; Sukamaju; null; null; SUKAMAJU-
            Seoul, Korea Selatan, 17/5 (Antara) - Presiden menerima tamu.; Seoul; --05-17; Antara; Seoul, Korea Selatan, 17/5 (Antara) -
            Jakarta, 17/5/2016 (Antara) - Presiden menerima tamu.; Jakarta; 2016-05-17; Antara; Jakarta, 17/5/2016 (Antara) -
            Sydney, Australia, 2 Maret (ANTARA) - Menteri bertemu.; Sydney; --03-02; ANTARA; Sydney, Australia, 2 Maret (ANTARA) -
            KORANNUSA.co,PEKANBARU- Gubernur membuka pameran.; Pekanbaru; null; KORANNUSA.co; KORANNUSA.co,PEKANBARU-
            lKN, Serang - Polisi menangkap dua pelaku.;        Serang;   null;       lKN;    lKN, Serang -
            WartaSekolah.co.id, JAKARTA, Kementerian menerbitkan aturan.; Jakarta; null; WartaSekolah.co.id; WartaSekolah.co.id, JAKARTA,
            SUKAMAJU[Kabarsekolah] – Universitas Sukamaju menjalin kerja sama.; Sukamaju; null; Kabarsekolah; SUKAMAJU[Kabarsekolah] –
            Sukamaju, InfoDesa - Menteri meninjau panen.; Sukamaju; null; InfoDesa; Sukamaju, InfoDesa -
            Sukamaju, KabarSatu Warta.com-Kompetisi tahunan digelar.; Sukamaju; null; KabarSatu Warta.com; Sukamaju, KabarSatu Warta.com-
            SUKAMAJU||KABARDESA.com-Memperingati hari jadi, warga berkumpul.; Sukamaju; null; KABARDESA.com; SUKAMAJU||KABARDESA.com-
            SUKAMAJU, KANALDESA.COM: Kontingen Sukamaju meraih emas.; Sukamaju; null; KANALDESA.COM; SUKAMAJU, KANALDESA.COM:
            beritadesa.com | Lampung Barat – Warga menyampaikan keluhan.; Lampung Barat; null; beritadesa.com; beritadesa.com | Lampung Barat –
            kabardesa.com I SERDANG HILIR - Bupati membuka turnamen.; Serdang Hilir; null; kabardesa.com; kabardesa.com I SERDANG HILIR -
            kabarku.co., KONSEL, SULTRA – Bupati berangkat ke Korea.; Konsel; null; kabarku.co; kabarku.co., KONSEL, SULTRA –
            SUKAMAJU, Selasa (19/3/2019) kabardesa-news.com Bupati Sukamaju menerima tamu.; Sukamaju; 2019-03-19; kabardesa-news.com; SUKAMAJU, Selasa (19/3/2019) kabardesa-news.com
            (Kabarbali.com), Tim Sukamaju FC menang dua gol.; null; null; Kabarbali.com; (Kabarbali.com),
            KABUPATEN SUKAMAJU  |  Petani di kabupaten Sukamaju menanam kopi.; Kabupaten Sukamaju; null; null; KABUPATEN SUKAMAJU  |
            SUKAMAJU, kabardesa.com | Wakil Bupati Sukamaju menyambut tamu dari Kroasia.; Sukamaju; null; kabardesa.com; SUKAMAJU, kabardesa.com |
            Sukamaju Tengah, Lampung Barat (Kabardesa. Com) – Pemerintah kecamatan membina BUMDes.; Sukamaju Tengah; null; Kabardesa. Com; Sukamaju Tengah, Lampung Barat (Kabardesa. Com) –
            Judul\\n\\nSenin, 1 September 2025\\n\\nfacebook twitter whatsapp telegram line copy\\n\\nURL berhasil dicopy\\n\\nfacebook icon twitter icon whatsapp icon telegram icon line icon copy\\n\\nURL berhasil dicopy\\n\\nBupati meninjau jalan di desa dan\\n\\nSUKAMAJU, kabardesa.com – Bupati meninjau jalan.; Sukamaju; null; kabardesa.com; SUKAMAJU, kabardesa.com –
            SUKAMAJU BARAT, Humas – Bupati meresmikan jembatan di Kabupaten Sukamaju Barat.; Sukamaju Barat; null; Humas; SUKAMAJU BARAT, Humas –
            KARANGSARI, WartaDesa - Polisi menangkap dua pencuri motor.; Karangsari; null; WartaDesa; KARANGSARI, WartaDesa -
            KABARDESA, Sukamaju - Bupati meninjau pasar.; Sukamaju; null; KABARDESA; KABARDESA, Sukamaju -
            KABARDESA, Sukamaju- Ketika harga naik, warga mengeluh.; Sukamaju; null; KABARDESA; KABARDESA, Sukamaju-
            WARTADESA.ID – Sukamaju – Presiden tiba di Sukamaju.; Sukamaju; null; WARTADESA.ID; WARTADESA.ID – Sukamaju –
            WartaDesaNews – Sukamaju,- Kunjungan kerja bupati berlanjut.; Sukamaju; null; WartaDesaNews; WartaDesaNews – Sukamaju,-
            Sukamaju, Sukamajukini.- Bupati Sukamaju mengunjungi tiga desa.; Sukamaju; null; Sukamajukini; Sukamaju, Sukamajukini.-
            SUKAMAJUNEWS.com-Dinas Kesehatan mencatat sepuluh kasus.; null; null; SUKAMAJUNEWS.com; SUKAMAJUNEWS.com-
            Siaran Sukamaju – Sampah banjir mencapai 800 ton.; null; null; Siaran Sukamaju; Siaran Sukamaju –
            Sukamajutime – Banjir melanda tiga desa pada Jumat.; null; null; Sukamajutime; Sukamajutime –
            Sukamaju, Pewarta - Tim buser menangkap dua pelaku.; Sukamaju; null; Pewarta; Sukamaju, Pewarta -
            Kabupaten Bima, Kabar Sukamaju Bima.com,- Setelah salat, Bupati pulang.; Kabupaten Bima; null; Kabar Sukamaju Bima.com; Kabupaten Bima, Kabar Sukamaju Bima.com,-
            Judul Berita\\n\\nPalembang,Sukamajukini\\n\\nJaksa menuntut dua terdakwa.; Palembang; null; Sukamajukini; Palembang,Sukamajukini
            Judul\\nSub judul\\nRingkasan berita dipotong…\\nPetugas memadamkan api. Foto: Dok. Damkar\\nA A\\nSOLO - Api padam.; Solo; null; null; SOLO -
            """)
    void readsTheDateline(String text, String place, String date, String agency, String prefix) {
        Dateline d = DatelineParser.parse(text.replace("\\n", "\n"));
        assertEquals(place, d.place());
        assertEquals(date, d.date());
        assertEquals(agency, d.agency());
        assertEquals(prefix, d.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Harga beras naik (lagi) - kata pedagang.", "tanpa dateline sama sekali",
            "Menurut Rudi, harga – katanya – naik.", "Ini adalah - tanda hubung.",
            "Menurut Rudi, Kepala Dinas - yang baru - setuju.", "Harga naik - kata Budi, pedagang.",
            "Liputan6.com, JAKARTA, Kamis (2/3) harga naik, kata pedagang.",
            // a day of the week after an outlet's capitals is no place
            "SUKAMAJU, Senin - Warga berkumpul di balai desa.",
            // a town and a day on a line of their own are no town and outlet
            "Judul Berita\n\nPalembang, Senin\n\nJaksa menuntut dua terdakwa."})
    void findsNoDatelineWhereThereIsNone(String text) {
        assertNull(DatelineParser.parse(text.replace("\\n", "\n")));
    }

    @org.junit.jupiter.api.Test
    void theDatelinePlaceIsListedAsWrittenWhereverItStandsInTheDateline() {
        ArticleAnalysis a = new ArticleAnalyzer(HunspellLexicon.loadDefault())
                .analyze("TEMPO.CO, Sleman - Petani salak memanen buah lebih awal tahun ini.");
        assertEquals("Sleman", a.dateline().place());
        assertEquals(java.util.List.of("Sleman"), a.places().stream().map(Place::text).toList());
    }

    /**
     * A line of the page that only gives the day it was published ("06 Oktober 2019 12:45") dates the story when the
     * dateline has no date: "Sabtu (5/10)" is then the Saturday of that year, not a day of no year.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Tim Sukamaju Juara\\n\\n06 Oktober 2019 12:45\\n\\nKABARKITA.co - Tim Sukamaju menang, Sabtu (5/10).; 2019-10-06; 2019-10-05
            Tim Sukamaju Juara\\n\\nSenin, 7 Oktober 2019 | 09.30 WIB\\n\\nTim Sukamaju menang, Sabtu (5/10).; 2019-10-07; 2019-10-05
            Tim Sukamaju Juara\\n\\nTim Sukamaju menang, Sabtu (5/10).; null; --10-05
            """, nullValues = "null")
    void aPublicationLineDatesTheStory(String text, String published, String saturday) {
        ArticleAnalysis a = new ArticleAnalyzer(HunspellLexicon.loadDefault()).analyze(text.replace("\\n", "\n"));
        assertEquals(published, a.dateline() == null ? null : a.dateline().date());
        assertEquals(saturday, a.dates().stream().filter(d -> d.text().equals("Sabtu (5/10)")).findFirst().orElseThrow().value());
    }
}
