package id.simak.analysis;

import java.util.List;
import java.util.Locale;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Features of the part-of-speech model that OpenNLP's character prefixes and suffixes cannot express: the
 * Indonesian affix layers of a word once its clitic is off ("dipandunya" is di- + pandu + -nya), their
 * combination ("ke-…-an" makes nouns, "me-…-kan" verbs), reduplication, and capitals inside a sentence.
 */
final class AffixFeatureGenerator implements AdaptiveFeatureGenerator {

    // Longest first, so "memper" wins over "mem" and "me".
    private static final String[][] PREFIXES = {
            { "memper", "memper" }, { "diper", "diper" }, { "member", "member" }, { "menge", "me" }, { "penge", "pe" },
            { "meng", "me" }, { "meny", "me" }, { "peng", "pe" }, { "peny", "pe" }, { "mem", "me" }, { "men", "me" },
            { "pem", "pe" }, { "pen", "pe" }, { "per", "per" }, { "ber", "ber" }, { "bel", "ber" }, { "ter", "ter" },
            { "me", "me" }, { "pe", "pe" }, { "be", "ber" }, { "te", "ter" }, { "di", "di" }, { "ke", "ke" },
            { "se", "se" } };
    private static final String[] SUFFIXES = { "kan", "an", "i" };
    private static final String[] CLITICS = { "nya", "lah", "kah", "pun", "ku", "mu" };
    private static final int MIN_STEM = 3;

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String token = tokens[index];
        String word = token.toLowerCase(Locale.ROOT);
        if (!isWord(word)) {
            return;
        }
        int hyphen = word.indexOf('-');
        if (hyphen > 0) {
            String first = word.substring(0, hyphen);
            String second = word.substring(hyphen + 1);
            // "negara-negara", "bertahun-tahun", "sayur-mayur": reduplication marks plural nouns or adverbs.
            if (second.equals(first) || first.endsWith(second)
                    || second.endsWith(first.substring(Math.min(2, first.length())))) {
                features.add("redup");
            }
            word = first;
        }
        String base = word;
        for (String clitic : CLITICS) {
            if (word.endsWith(clitic) && word.length() - clitic.length() >= MIN_STEM) {
                features.add("cl=" + clitic);
                base = word.substring(0, word.length() - clitic.length());
                features.add("bsuf=" + base.substring(Math.max(0, base.length() - 3)));
                break;
            }
        }
        String prefix = "";
        String stem = base;
        for (String[] p : PREFIXES) {
            if (base.startsWith(p[0]) && base.length() - p[0].length() >= MIN_STEM) {
                prefix = p[1];
                stem = base.substring(p[0].length());
                break;
            }
        }
        String suffix = "";
        for (String s : SUFFIXES) {
            if (stem.endsWith(s) && stem.length() - s.length() >= MIN_STEM) {
                suffix = s;
                break;
            }
        }
        if (!prefix.isEmpty()) {
            features.add("pf=" + prefix);
        }
        if (!suffix.isEmpty()) {
            features.add("sf=" + suffix);
        }
        features.add("af=" + prefix + "+" + suffix);
        if (Character.isUpperCase(token.charAt(0))) {
            // A capital after the first word points to a name; at the start it says nothing.
            features.add(index == 0 ? "cap0" : "capmid");
        }
    }

    private static boolean isWord(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (c != '-') {
                return false;
            }
        }
        return letter;
    }
}
