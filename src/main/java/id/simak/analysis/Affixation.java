package id.simak.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Regular Indonesian affixation: which surface forms a root yields (meN-/peN- nasal assimilation, ber-, ter-,
 * di-, ke-...-an, per-...-an, -kan, -i, -an) and which roots a surface form may come from.
 */
final class Affixation {

    /** How a word is built from its root: how many affix layers and whether a nasal changed the root. */
    record Derivation(String root, int layers, boolean assimilated, boolean cliticOnly, boolean prefixed) {}

    private static final List<String> SUFFIXES = List.of("", "kan", "i", "an", "nya", "lah", "kah", "pun", "annya",
            "kannya", "inya", "anlah", "kanlah", "ilah");
    private static final Set<String> CLITICS = Set.of("nya", "lah", "kah", "pun");
    private static final String VOWELS = "aiueo";

    private Affixation() {}

    /** How the root yields the word by regular affixation, or null when it does not. */
    static Derivation derive(String root, String word) {
        if (root.length() < 2 || root.equals(word) || !word.contains(root.substring(Math.min(2, root.length() - 1)))) {
            return null;
        }
        Derivation best = null;
        for (Prefixed p : prefixed(root)) {
            if (!word.startsWith(p.form())) {
                continue;
            }
            String rest = word.substring(p.form().length());
            if (!SUFFIXES.contains(rest) || p.layers() == 0 && rest.isEmpty()
                    || p.layers() == 1 && INVALID_PAIRS.contains(p.outer() + "+" + rest)) {
                continue;
            }
            int layers = p.layers() + (rest.isEmpty() ? 0 : CLITICS.contains(rest) ? 0 : 1)
                    + (rest.length() > 3 && (rest.startsWith("an") || rest.startsWith("kan") || rest.startsWith("i")) ? 1 : 0);
            boolean cliticOnly = p.layers() == 0 && CLITICS.contains(rest);
            Derivation d = new Derivation(root, layers, p.assimilated(), cliticOnly, p.layers() > 0);
            if (best == null || d.layers() < best.layers()) {
                best = d;
            }
        }
        return best;
    }

    /** Roots the word may come from by undoing regular affixes, longest (least stripped) first. */
    static List<String> candidateRoots(String word) {
        Set<String> out = new LinkedHashSet<>();
        for (String suffix : SUFFIXES) {
            if (!word.endsWith(suffix)) {
                continue;
            }
            String stem = word.substring(0, word.length() - suffix.length());
            for (String prefix : List.of("", "meng", "meny", "mem", "men", "menge", "me", "peng", "peny", "pem", "pen",
                    "penge", "pe", "ber", "be", "bel", "ter", "te", "per", "di", "ke", "se", "memper", "diper",
                    "keber", "keter", "berke", "member", "pember", "pemer", "ketidak", "kese", "perse")) {
                if (!stem.startsWith(prefix) || stem.length() - prefix.length() < 2) {
                    continue;
                }
                String bare = stem.substring(prefix.length());
                out.add(bare);
                // A nasal prefix swallowed the root's first consonant: give it back.
                if (!bare.isEmpty() && VOWELS.indexOf(bare.charAt(0)) >= 0) {
                    switch (prefix) {
                        case "meny", "peny" -> out.add("s" + bare);
                        case "men", "pen" -> out.add("t" + bare);
                        case "mem", "pem", "memper" -> out.add("p" + bare);
                        case "meng", "peng" -> out.add("k" + bare);
                        default -> { }
                    }
                }
            }
        }
        List<String> sorted = new ArrayList<>(out);
        sorted.remove(word);
        sorted.sort((a, b) -> b.length() - a.length());
        return sorted;
    }

    /** A prefixed form of a root; {@code outer} is its outermost prefix ("me", "ber", "di", ...), "" for none. */
    private record Prefixed(String form, int layers, boolean assimilated, String outer) {
        Prefixed(String form, int layers, boolean assimilated) {
            this(form, layers, assimilated, outerOf(form, layers));
        }
    }

    private static String outerOf(String form, int layers) {
        if (layers == 0) {
            return "";
        }
        for (String p : List.of("me", "pe", "ber", "be", "ter", "te", "di", "ke", "se")) {
            if (form.startsWith(p)) {
                return p.equals("be") ? "ber" : p.equals("te") ? "ter" : p;
            }
        }
        return "";
    }

    // Prefix and suffix pairs Indonesian does not combine (after Asian et al. 2007, as Sastrawi applies them).
    private static final Set<String> INVALID_PAIRS = Set.of("ber+i", "di+an", "ke+i", "ke+kan", "me+an", "se+i",
            "se+kan", "ter+an");

    /** Every prefixed form of the root, the bare root included. */
    private static List<Prefixed> prefixed(String root) {
        List<Prefixed> out = new ArrayList<>();
        out.add(new Prefixed(root, 0, false));
        for (String nasal : nasal("me", root)) {
            out.add(new Prefixed(nasal, 1, !nasal.endsWith(root)));
        }
        for (String nasal : nasal("pe", root)) {
            out.add(new Prefixed(nasal, 1, !nasal.endsWith(root)));
        }
        for (String ber : ber(root)) {
            out.add(new Prefixed(ber, 1, false));
            out.add(new Prefixed("ke" + ber, 2, false));
            out.add(new Prefixed("mem" + ber, 2, false));
            out.add(new Prefixed("pem" + ber, 2, false));
            out.add(new Prefixed("di" + ber, 2, false));
        }
        List<String> ter = root.startsWith("r") ? List.of("ter" + root, "te" + root) : List.of("ter" + root);
        for (String t : ter) {
            out.add(new Prefixed(t, 1, false));
            out.add(new Prefixed("ke" + t, 2, false));
        }
        List<String> per = root.startsWith("r") ? List.of("pe" + root, "per" + root) : List.of("per" + root);
        for (String p : per) {
            out.add(new Prefixed(p, 1, false));
            out.add(new Prefixed("mem" + p, 2, false));
            out.add(new Prefixed("di" + p, 2, false));
            out.add(new Prefixed("ke" + p, 2, false));
        }
        out.add(new Prefixed("di" + root, 1, false));
        out.add(new Prefixed("ke" + root, 1, false));
        out.add(new Prefixed("se" + root, 1, false));
        out.add(new Prefixed("ketidak" + root, 2, false));
        out.add(new Prefixed("kese" + root, 2, false)); // "kesepahaman", "kesehatan" aside: ke-se-...-an
        out.add(new Prefixed("berke" + root, 2, false)); // "berkelanjutan"
        out.add(new Prefixed("pel" + root, 1, false));
        // pe- without a nasal: "petani", "pegulat", "pegunungan".
        out.add(new Prefixed("pe" + root, 1, false));
        return out;
    }

    private static List<String> ber(String root) {
        if (root.startsWith("r")) {
            return List.of("be" + root);
        }
        if (root.equals("ajar")) {
            return List.of("belajar");
        }
        // "bekerja", "beternak": ber- loses its r before a first syllable in -er.
        return List.of("ber" + root, "be" + root);
    }

    /** meN-/peN- with nasal assimilation; loanwords keep their first consonant, so both forms are given. */
    private static List<String> nasal(String prefix, String root) {
        char c = root.charAt(0);
        String rest = root.substring(1);
        List<String> forms = new ArrayList<>();
        if (syllables(root) == 1) {
            forms.add(prefix + "nge" + root);
        }
        if (VOWELS.indexOf(c) >= 0 || c == 'g' || c == 'h') {
            forms.add(prefix + "ng" + root);
        } else if (c == 'k') {
            forms.add(prefix + "ng" + rest);
            forms.add(prefix + "ng" + root);
        } else if (c == 'b' || c == 'f' || c == 'v') {
            forms.add(prefix + "m" + root);
        } else if (c == 'p') {
            forms.add(prefix + "m" + rest);
            forms.add(prefix + "mp" + rest);
        } else if (c == 't') {
            forms.add(prefix + "n" + rest);
            forms.add(prefix + "nt" + rest);
        } else if (c == 's') {
            forms.add(prefix + "ny" + rest);
            forms.add(prefix + "ns" + rest);
        } else if (c == 'd' || c == 'c' || c == 'j' || c == 'z') {
            forms.add(prefix + "n" + root);
        } else {
            forms.add(prefix + root);
        }
        return forms;
    }

    private static int syllables(String word) {
        int count = 0;
        boolean inVowel = false;
        for (char ch : word.toCharArray()) {
            boolean vowel = VOWELS.indexOf(ch) >= 0;
            if (vowel && !inVowel) {
                count++;
            }
            inVowel = vowel;
        }
        return count;
    }
}
