package id.simak.generate;

import static id.simak.generate.RealLanguage.all;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;


/**
 * Faults the judges found on the fourth fresh set of real news (2026-12-05, evening), each reproduced on a text
 * written for the test: a count offered below the part the sentence gives ("Empat dari ____ fraksi" with "tiga"),
 * the day of a month asked as a count ("tanggal ____"), a short form opening a sentence put in lower case in a
 * prompt ("Kapan mendagri ..."), a date prompt that gives away the day ("mulai tanggal 26-28 ..., ____").
 */
class FourthFreshFaultsTest {

    private static double value(String choice) {
        OptionalDouble v = IndonesianNumbers.parse(choice);
        return v.isPresent() ? v.getAsDouble() : Double.NaN;
    }

    @Test
    void aWholeIsNeverOfferedBelowThePartTheSentenceGives() {
        String text = """
                Fraksi Tolak Rancangan Anggaran

                SUKAMAJU – Empat dari tujuh fraksi di DPRD Kabupaten Sukamaju kompak menolak rancangan peraturan daerah \
                tentang anggaran untuk dibahas lebih lanjut dalam rapat paripurna pada Selasa (23/8/2016).

                Sementara itu, tiga fraksi lainnya, yakni fraksi kecil di dewan, menerima rancangan itu dengan sejumlah                 catatan tentang belanja pegawai.

                Dinas Kesehatan mencatat 405 dari total 477 desa di provinsi itu melaporkan kasus demam berdarah \
                sepanjang musim hujan tahun ini.

                Ketua DPRD Sukamaju, Budi Santoso, mengatakan rapat akan dilanjutkan pekan depan setelah semua fraksi \
                menyerahkan pandangan tertulis mereka kepada pimpinan dewan.
                """;
        boolean whole = false;
        boolean part = false;
        for (Question q : all(text)) {
            if (q.skill() != Skill.NUMBER || q.type() != QuestionType.MULTIPLE_CHOICE) {
                continue;
            }
            if (q.prompt().contains("Empat dari ____ fraksi")) {
                whole = true;
                for (String c : q.choices()) {
                    assertTrue(value(c) > 4, "a whole of " + c + " fractions beside 'Empat dari': " + q.choices());
                }
            }
            if (q.prompt().contains("405 dari total ____ desa")) {
                part = true;
                for (String c : q.choices()) {
                    assertTrue(value(c) > 405, "a total of " + c + " beside '405 dari total': " + q.choices());
                }
            }
        }
        assertTrue(whole && part, "both figures are asked");
    }

    @Test
    void theDayOfAMonthIsNoCount() {
        String text = """
                Penetapan Bupati Sukamaju Diundur

                SUKAMAJU – Komisi Pemilihan Umum Kabupaten Sukamaju menetapkan pasangan bupati terpilih dalam rapat \
                pleno terbuka pada Jumat (22/1/2021) di aula kantor komisi.

                "Dari nota dinas yang kami terima, penetapan dilakukan selambatnya 5 hari setelah adanya surat dinas.                 Sebelumnya kami rencanakan pada 18 Januari. Namun karena surat keputusan baru diterima tanggal 20 jadi \
                kami undur," ucap Ketua KPU Sukamaju, Budi Santoso.

                Sebanyak 45 anggota dewan dan 12 tokoh masyarakat menghadiri rapat pleno tersebut.
                """;
        for (Question q : all(text)) {
            if (q.skill() == Skill.NUMBER) {
                assertFalse(q.prompt().contains("tanggal ____"), "the day of a month is asked as a count: " + q.prompt());
            }
        }
    }

    @Test
    void aShortFormOpeningTheSentenceKeepsItsCapital() {
        String text = """
                Menteri Lepas Tamu Negara

                SUKAMAJU – Menteri Dalam Negeri (Mendagri) Budi Santoso melepas kepulangan Presiden Korea Selatan dan \
                rombongan dari Bandara Internasional Sukamaju seusai menghadiri pertemuan tingkat tinggi.

                Mendagri terpantau melepas Presiden dan Ibu Negara Korea Selatan pukul 22.30 WITA, Selasa (15/11/2022).

                Pelepasan ini merupakan bagian dari rangkaian tugas Mendagri sebagai pejabat penyambut tamu negara.
                """;
        boolean asked = false;
        for (Question q : all(text)) {
            if (q.skill() == Skill.DATE && q.prompt().toLowerCase().startsWith("kapan mendagri")) {
                asked = true;
                assertTrue(q.prompt().startsWith("Kapan Mendagri"), q.prompt());
            }
        }
        assertTrue(asked, "the date of the farewell is asked");
    }

    @Test
    void anExcerptOfAQuotationKeepsToTheSentenceOfTheGap() {
        String cut = ArticleContext.excerpt("“Sekretaris desa tidak menjalankan tugasnya sebagaimana " + ArticleContext.GAP
                + " dalam Pasal 5 ayat 3 huruf c peraturan menteri tahun 2018. Justru yang bersangkutan menggunakan dana "
                + "desa untuk kepentingan pribadi selama dua tahun anggaran berturut-turut,” kata kepala kejaksaan negeri.",
                ArticleContext.GAP);
        assertFalse(cut.contains("Justru"), "the next sentence of the quotation is cut mid-way: " + cut);
        assertTrue(cut.contains("tahun 2018."), cut);
    }

    @Test
    void aDatePromptNeverNamesTheDayItAsks() {
        String text = """
                Festival Seni Sanggar Digelar di Sukamaju

                SUKAMAJU – Aneka ragam tarian tradisional dari berbagai daerah dipertunjukkan dalam festival seni budaya \
                tingkat sanggar yang berlangsung mulai tanggal 26-28 di gedung kesenian taman budaya, Rabu (26/7/2023).

                Festival tahun lalu digelar di lapangan kota pada Sabtu (19/8/2022) dan diikuti dua puluh sanggar.

                Kepala Dinas Kebudayaan Sukamaju, Budi Santoso, mengatakan festival menjadi ruang bagi sanggar kecil.
                """;
        for (Question q : all(text)) {
            if (q.skill() == Skill.DATE && q.answer().get(0).contains("26/7")) {
                assertFalse(q.prompt().contains("tanggal 26"), "the prompt names the day it asks: " + q.prompt());
            }
        }
    }

    @Test
    void matchingShortFormsCitesEverySentenceThatSpellsOneOut() {
        String text = """
                Angka Putus Sekolah di Sukamaju Turun

                SUKAMAJU – Dinas Pendidikan dan Kebudayaan (Dikbud) Kabupaten Sukamaju mencatat angka putus sekolah \
                turun tajam pada tahun ajaran ini.

                Penurunan itu terjadi di semua jenjang, terutama di Sekolah Menengah Pertama (SMP) negeri di pedesaan.

                Menurut Budi Santoso, kepala dinas, sekolah kini menerima Bantuan Operasional Sekolah (BOS) lebih awal \
                sehingga biaya seragam dan buku tidak lagi dibebankan kepada orang tua murid.
                """;
        boolean asked = false;
        for (Question q : all(text)) {
            if (q.skill() == Skill.ACRONYM && q.type() == QuestionType.MATCHING) {
                asked = true;
                String proof = q.evidence().text();
                for (String longForm : List.of("Dinas Pendidikan dan Kebudayaan", "Sekolah Menengah Pertama",
                        "Bantuan Operasional Sekolah")) {
                    assertTrue(proof.contains(longForm), "the evidence does not spell out " + longForm + ": " + proof);
                }
            }
        }
        assertTrue(asked, "the three short forms are matched");
    }
}
