package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberExtractorTest {

    private static final NumberExtractor NUMBERS = new NumberExtractor(new PlaceExtractor(new CountryNames()));

    /** Each number as text=value/unit. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Perdagangan mencapai 1,04 triliun dolar AS tahun itu.;          1,04 triliun dolar AS=1.04E12/dolar AS
            Harga beras Rp15.250 per kilogram.;                             Rp15.250=15250/rupiah
            Bantuan disalurkan ke 20 Kecamatan di kabupaten itu.;           20 Kecamatan=20/Kecamatan
            Gedung itu seluas 2.030 m2 dan berdiri di lahan 50 km².;        2.030 m2=2030/m2 50 km²=50/km²
            Harga cabai keriting 40 ribu/kg dan tomat 10 ribu per kilogram.; 40 ribu/kg=40000/rupiah 10 ribu per kilogram=10000/rupiah
            Perak diraih Rina di nomor 400 meter lari gawang putri.;        400 meter=400/meter
            Kantor itu menerima 3 Desa Sukamaju sebagai contoh.;            ''
            Ekonomi tumbuh 8 persen.;                                       8 persen=8/persen
            Inflasi 3,5% pada Mei.;                                          3,5%=3.5/persen
            Xi mengunjungi Asia Tengah sebanyak tujuh kali.;                tujuh kali=7/kali
            Selama tiga dekade terakhir kerja sama tumbuh.;                 tiga dekade terakhir=3/dekade
            China dan lima negara Asia Tengah bersiap.;                      lima negara Asia Tengah=5/negara
            Hubungan diplomatik berusia 30 tahun.;                           30 tahun=30/tahun
            Ada dua puluh lima orang dan tiga belas kapal.;                  dua puluh lima orang=25/orang tiga belas kapal=13/kapal
            Pada 2013 ia datang pada 16 Mei.;                                ''
            Mereka saling menghormati satu sama lain.;                      ''
            Dia salah satu tokoh.;                                           ''
            Sebanyak 1.200 orang hadir.;                                     1.200 orang=1200/orang
            Polisi menangkap Agus (40) dan RS (26) di rumahnya.;             40=40/tahun 26=26/tahun
            Rapat pada 3 Juli 2025 membahas banjir dua tahun lalu yang merendam tiga desa.; tiga desa=3/desa
            Terdakwa dituntut 3 tahun 6 bulan penjara.;                     3 tahun 6 bulan=3.5/tahun
            Perjalanan itu memakan waktu 2 jam 15 menit.;                   2 jam 15 menit=135/menit
            Mereka menang 16-21, 25-23, 21-13 selama satu jam.;             satu jam=1/jam
            """)
    void findsNumbersWithUnits(String text, String expected) {
        assertEquals(expected, numbers(text));
    }

    /** Figures that count nothing the sentence names are left out. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Rapat dimulai pukul 14:00 WIB di lantai 18.;                       ''
            Dasarnya Peraturan Nomor 7 tahun ini dan Pasal 5.;                 ''
            Tim tamu menang 2-1 lewat gol menit 87'.;                          ''
            Pesta rakyat ke-12 dan ke 38 digelar meriah.;                      ''
            Satelit GARUDA-2 diluncurkan roket Falcon 9 milik swasta.;         ''
            Anggaran 2024 sebesar Rp3 miliar.;                                 Rp3 miliar=3.0E9/rupiah
            Warga naik kendaraan roda dua ke pasar.;                            ''
            Di satu sisi mereka setuju.;                                        ''
            Kedua tokoh bertemu empat mata.;                                    ''
            Ia menulis kisah seorang pelajar dari desa.;                        ''
            """)
    void leavesOutLabelsScoresAndTimes(String text, String expected) {
        assertEquals(expected, numbers(text));
    }

    /** Units written as acronyms, before the figure, as rates and ranges, and words that are no unit. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Sebanyak 12 KK mengungsi.;                                           12 KK=12/KK
            Gempa bermagnitudo 4,7 lalu dimutakhirkan menjadi M 4,5.;            bermagnitudo 4,7=4.7/magnitudo M 4,5=4.5/magnitudo
            Guncangan terasa dengan skala III MMI.;                              III MMI=3/MMI
            Jaraknya 40 Km dari pantai.;                                         40 Km=40/Km
            Nilai ekspor USD3,5 miliar.;                                         USD3,5 miliar=3.5E9/dolar AS
            Angka kasus 12,5/100.000 penduduk.;                                  12,5/100.000 penduduk=12.5/per 100.000 penduduk
            Kasus terbanyak pada usia 15-24 tahun.;                              15-24 tahun=15/tahun
            Target 120-150 juta perjalanan tahun depan.;                        120-150 juta perjalanan=120000000/perjalanan
            Kenaikan mencapai 12.75 persen.;                                     12.75 persen=12.75/persen
            Hampir 150an sekolah ikut.;                                          150an sekolah=150/sekolah
            Ada 40 kabupaten/kota terdampak.;                                    40 kabupaten/kota=40/kabupaten/kota
            Dua warganya hilang.;                                                Dua warganya=2/warga
            Polisi menahan tiga orang tersangka.;                                tiga orang tersangka=3/tersangka
            Selama seminggu hujan turun.;                                        seminggu=1/minggu
            Luasnya setengah lapangan bola.;                                     setengah lapangan=0.5/lapangan
            Petugas memeriksa 5 Unit Pelaksana (UPT) di kota.;                   5 Unit Pelaksana=5/Unit Pelaksana
            Sebanyak 2020 merupakan angka tertinggi.;                            ''
            Ada 12 ditujukan untuk sekolah.;                                     ''
            Jumlahnya naik 40 pergerakan.;                                       40 pergerakan=40/pergerakan
            """)
    void readsUnitsOfManyShapes(String text, String expected) {
        assertEquals(expected, numbers(text));
    }

    /** A bare figure takes the unit of the figure it goes with. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Hadir 50 anggota, yakni Fraksi Satu 20 anggota, Fraksi Dua (18), dan Fraksi Tiga (12).; 50 anggota=50/anggota 20 anggota=20/anggota 18=18/anggota 12=12/anggota
            Dari 80 petani, yang sudah panen sebanyak 45.;                        80 petani=80/petani 45=45/petani
            Peserta 60 siswa yang terdiri dari 25 Sekolah Timur, 30 Sekolah Barat, dan lima Sekolah Utara.; 60 siswa=60/siswa 25=25/siswa 30=30/siswa lima=5/siswa
            Target 2,5 juta sampai 3 juta wisman.;                                2,5 juta=2500000/wisman 3 juta wisman=3000000/wisman
            Ekspor naik 4,25 persen tahunan dan naik 1,5 secara bulanan.;        4,25 persen=4.25/persen 1,5=1.5/persen
            Hadir 70 orang, 30 di antaranya hadir daring.;                        70 orang=70/orang 30=30/orang
            Seorang warga tewas dan satu lainnya hilang.;                         Seorang warga=1/warga satu=1/warga
            """)
    void bareFiguresBorrowTheUnitOfTheFigureTheyGoWith(String text, String expected) {
        assertEquals(expected, numbers(text));
    }

    private static String numbers(String text) {
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        List<DateExtractor.Found> dates = DateExtractor.extract(spans, null);
        return spans.stream().flatMap(s -> NUMBERS.extract(s.sentence(), dates).stream())
                .map(n -> n.text() + "=" + format(n.value()) + "/" + n.unit()).collect(Collectors.joining(" "));
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }
}
