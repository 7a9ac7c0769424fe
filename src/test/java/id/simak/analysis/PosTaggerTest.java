package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.ConfigurablePOSContextGenerator;
import opennlp.tools.postag.POSModel;

class PosTaggerTest {

    private static final PosTagger TAGGER = PosTagger.loadDefault();

    private static final List<String> SENTENCES = List.of(
            "Presiden Joko Widodo menghargai kebijakan pemerintah yang dipandu oleh prinsip saling menghormati .",
            "Menurutnya , harga beras akan turun .",
            "Harga cabai di pasar tradisional naik tajam pekan ini .",
            "Bukunya tertinggal di kereta ketika ia pulang ke Bandung .",
            "Pemerintah menyalurkan 1.250 ton beras kepada warga miskin .",
            "Kebijakan baru itu membuat para pedagang kecil merasa diperhatikan .",
            "Anak-anak bermain di halaman sekolah yang luas .",
            "Sri Mulyani mengatakan anggaran negara masih aman .",
            "Menteri Kesehatan Budi Gunadi Sadikin meninjau Rumah Sakit Umum Daerah di Kabupaten Sleman .");

    /**
     * The words a question generator asks about, with the tag they must get; the other words of the sentence are
     * not checked. Sentences composed for the test, not taken from the treebanks.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Presiden Joko Widodo menghargai kebijakan pemerintah yang dipandu oleh prinsip saling menghormati .; Joko=PROPN Widodo=PROPN menghargai=VERB kebijakan=NOUN dipandu=VERB menghormati=VERB
            Menurutnya , harga beras akan turun .;                               Menurutnya=ADP harga=NOUN turun=VERB
            Harga cabai di pasar tradisional naik tajam pekan ini .;             pasar=NOUN tradisional=ADJ naik=VERB tajam=ADJ di=ADP
            Bukunya tertinggal di kereta ketika ia pulang ke Bandung .;          Bukunya=NOUN tertinggal=VERB kereta=NOUN Bandung=PROPN
            Pemerintah menyalurkan 1.250 ton beras kepada warga miskin .;        menyalurkan=VERB 1.250=NUM miskin=ADJ
            Kebijakan baru itu membuat para pedagang kecil merasa diperhatikan .; Kebijakan=NOUN baru=ADJ kecil=ADJ diperhatikan=VERB
            Anak-anak bermain di halaman sekolah yang luas .;                    Anak-anak=NOUN bermain=VERB luas=ADJ
            Sri Mulyani mengatakan anggaran negara masih aman .;                 Sri=PROPN Mulyani=PROPN mengatakan=VERB aman=ADJ
            Menteri Kesehatan Budi Gunadi Sadikin meninjau Rumah Sakit Umum Daerah di Kabupaten Sleman .; Gunadi=PROPN Sadikin=PROPN meninjau=VERB Sleman=PROPN
            """)
    void tagsTheWordsQuestionsAreAbout(String sentence, String expected) {
        List<String> tokens = WordTokenizer.texts(WordTokenizer.tokenize(sentence));
        List<String> tags = TAGGER.tag(tokens);
        assertEquals(tokens.size(), tags.size());
        Map<String, String> actual = new LinkedHashMap<>();
        for (String pair : expected.split(" ")) {
            String word = pair.substring(0, pair.indexOf('='));
            actual.put(word, tags.get(tokens.indexOf(word)));
        }
        assertEquals(expected, String.join(" ", actual.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .toList()));
    }

    @Test
    void emptySentencesAndOddTokensDoNotFail() {
        assertEquals(List.of(), TAGGER.tag(List.of()));
        assertEquals(4, TAGGER.tag(List.of("", "  ", "\u200b", "ⓐ")).size());
        assertEquals(List.of("PUNCT"), TAGGER.tag(List.of(".")));
    }

    /** Greedy decoding must pick, at each word, the tag OpenNLP's own model gives the highest probability. */
    @Test
    void choosesTheTagsOpenNlpScoresHighest() throws Exception {
        MaxentModel model;
        try (InputStream in = PosTagger.class.getResourceAsStream("/models/id-pos-ud.bin")) {
            model = new POSModel(in).getArtifact("pos.model");
        }
        ConfigurablePOSContextGenerator context = new ConfigurablePOSContextGenerator(
                PosFeatures.create(WordClasses.loadDefault()).generator());
        for (String sentence : SENTENCES) {
            String[] words = sentence.split(" ");
            String[] tags = TAGGER.tag(List.of(words)).toArray(new String[0]);
            for (int i = 0; i < words.length; i++) {
                double[] probabilities = model.eval(context.getContext(i, words, tags, null));
                assertEquals(model.getBestOutcome(probabilities), tags[i], sentence + " @" + i);
            }
        }
    }

    @Test
    void twoThreadsTagAsOneDoes() throws Exception {
        List<List<String>> sentences = SENTENCES.stream().map(s -> List.of(s.split(" "))).toList();
        List<List<String>> alone = sentences.stream().map(TAGGER::tag).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<List<String>>>> runs = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                runs.add(pool.submit(() -> {
                    List<List<String>> last = List.of();
                    for (int round = 0; round < 200; round++) {
                        last = sentences.stream().map(TAGGER::tag).toList();
                        assertEquals(alone, last);
                    }
                    return last;
                }));
            }
            for (Future<List<List<String>>> run : runs) {
                assertEquals(alone, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Under Quarkus' dev and test modes OpenNLP sits in a class loader that cannot see the application's
     * classes; the tagger must load and tag there too (OpenNLP's own POSTaggerME could not: it looks the
     * feature generators up by class name).
     */
    @Test
    void loadsWhereOpenNlpCannotSeeTheApplicationClasses() throws Exception {
        URL[] library = { codeOf(POSModel.class), codeOf(org.slf4j.Logger.class) };
        try (URLClassLoader openNlp = new URLClassLoader(library, ClassLoader.getPlatformClassLoader());
             URLClassLoader application = new URLClassLoader(new URL[] { codeOf(PosTagger.class) }, openNlp)) {
            Class<?> tagger = application.loadClass(PosTagger.class.getName());
            assertSame(application, tagger.getClassLoader());
            Object loaded = tagger.getMethod("loadDefault").invoke(null);
            Method tag = tagger.getMethod("tag", List.class);
            List<String> words = List.of("Presiden", "Joko", "Widodo", "menghargai", "kebijakan", "itu", ".");
            assertEquals(TAGGER.tag(words), tag.invoke(loaded, words));
        }
    }

    static URL codeOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
