package id.simak.quiz.format;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import id.simak.generate.Skill;

/**
 * The skill of a question imported from another program's file, which has no Simak skill: named by the file's
 * category or tag when one of them is a skill's name (code or label, Indonesian or English), otherwise guessed from
 * the question word of the prompt ("kapan" a date, "siapa" a person, "berapa" a number …), otherwise
 * {@link #DEFAULT}: "Lainnya", neither vocabulary nor a reading skill it was not written for.
 */
public final class ImportedSkill {

    /** The skill of a question nothing in the file or its prompt says more about. */
    public static final Skill DEFAULT = Skill.OTHER;

    private static final Map<String, Skill> NAMES = new LinkedHashMap<>();

    static {
        for (Skill s : Skill.values()) {
            NAMES.put(normal(s.name()), s);
            NAMES.put(normal(s.name().replace('_', ' ')), s);
        }
        String[][] labels = {
            { "tanggal", "DATE" }, { "waktu", "DATE" }, { "date", "DATE" }, { "dates", "DATE" },
            { "tempat", "PLACE" }, { "place", "PLACE" }, { "places", "PLACE" }, { "lokasi", "PLACE" },
            { "kunjungan", "VISIT" }, { "visit", "VISIT" },
            { "tokoh", "PERSON" }, { "orang", "PERSON" }, { "person", "PERSON" }, { "people", "PERSON" },
            { "kutipan", "QUOTE" }, { "quote", "QUOTE" }, { "quotes", "QUOTE" },
            { "daftar", "LIST" }, { "list", "LIST" },
            { "angka", "NUMBER" }, { "bilangan", "NUMBER" }, { "number", "NUMBER" }, { "numbers", "NUMBER" },
            { "akronim", "ACRONYM" }, { "singkatan", "ACRONYM" }, { "acronym", "ACRONYM" },
            { "kata dasar", "ROOT_WORD" }, { "root word", "ROOT_WORD" },
            { "sinonim", "SYNONYM" }, { "synonym", "SYNONYM" },
            { "kosakata", "CONTEXT_VOCAB" }, { "kosakata dalam konteks", "CONTEXT_VOCAB" },
            { "vocabulary", "CONTEXT_VOCAB" }, { "word in context", "CONTEXT_VOCAB" },
            { "sebab akibat", "CAUSE" }, { "sebab", "CAUSE" }, { "cause and effect", "CAUSE" }, { "cause", "CAUSE" },
            { "hitungan", "CALCULATION" }, { "calculation", "CALCULATION" },
            { "gagasan utama", "MAIN_IDEA" }, { "ide pokok", "MAIN_IDEA" }, { "main idea", "MAIN_IDEA" },
            { "pelaku", "AGENT" }, { "who did it", "AGENT" },
        };
        for (String[] l : labels) {
            NAMES.put(normal(l[0]), Skill.valueOf(l[1]));
        }
    }

    /** Question words, tried in this order on the prompt (lower case, words whole). */
    private static final List<Map.Entry<Pattern, Skill>> WORDS = List.of(
            rule("sinonim|persamaan kata|padanan kata|synonym", Skill.SYNONYM),
            rule("kata dasar|root word", Skill.ROOT_WORD),
            rule("singkatan|kepanjangan|akronim|stands for|abbreviation", Skill.ACRONYM),
            rule("arti kata|artinya|makna|berarti|meaning of|means", Skill.CONTEXT_VOCAB),
            rule("mengapa|kenapa|apa sebab|apa penyebab|akibat|why", Skill.CAUSE),
            rule("kapan|tanggal|tahun berapa|pukul berapa|when|what year|what date", Skill.DATE),
            rule("di mana|dimana|ke mana|kemana|dari mana|(di|ke|dari) (kota|negara|provinsi|daerah|tempat|pulau) (mana|apa)|where", Skill.PLACE),
            rule("siapa|who", Skill.PERSON),
            rule("berapa|jumlah|how many|how much", Skill.NUMBER));

    private ImportedSkill() {
    }

    private static Map.Entry<Pattern, Skill> rule(String words, Skill skill) {
        return Map.entry(Pattern.compile("(?<![\\p{L}\\p{N}])(" + words + ")(?![\\p{L}\\p{N}])"), skill);
    }

    /** The skill a category path ({@code $course$/Bahasa/Tanggal}, deepest part first) or a tag names, or null. */
    public static Skill named(String categoryOrTag) {
        if (categoryOrTag == null) {
            return null;
        }
        String[] parts = categoryOrTag.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            Skill s = NAMES.get(normal(parts[i]));
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** The skill of an imported question: the one {@code named} names, else the prompt's question word, else DEFAULT. */
    public static Skill of(Skill named, String prompt) {
        if (named != null) {
            return named;
        }
        String p = prompt == null ? "" : prompt.toLowerCase(Locale.ROOT);
        for (Map.Entry<Pattern, Skill> w : WORDS) {
            if (w.getKey().matcher(p).find()) {
                return w.getValue();
            }
        }
        return DEFAULT;
    }

    private static String normal(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
