package id.simak.generate;

import id.simak.analysis.Acronym;
import id.simak.analysis.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Asks what each abbreviation of the article stands for, with look-alike expansions built from the article's own words. */
final class AcronymQuestions {

    private final ArticleContext ctx;
    /** The article's lower-case words of four letters or more by initial, built once: a long text has many acronyms. */
    private Map<Character, List<String>> wordsByInitial;

    AcronymQuestions(ArticleContext ctx) {
        this.ctx = ctx;
    }

    List<Question> generate() {
        List<Question> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Acronym acronym : ctx.analysis.acronyms()) {
            String longForm = acronym.longForm();
            if (!done.add(acronym.shortForm() + "=" + longForm.toLowerCase(Locale.ROOT))) {
                // The same abbreviation spelled out again asks nothing new.
                continue;
            }
            Evidence evidence = ctx.evidence(acronym.sentence());
            String why = "Teks menuliskan «" + longForm + " (" + acronym.shortForm() + ")».";
            List<String> distractors = ctx.picker.pick(longForm, lookAlikes(acronym), 3);
            if (distractors.size() == 3) {
                out.add(Drafts.choice(Skill.ACRONYM, "Apa kepanjangan dari singkatan " + acronym.shortForm() + " dalam teks ini?",
                        ctx.picker.choices(List.of(longForm), distractors, "acronym" + acronym), longForm, why, evidence));
            }
            out.add(Drafts.cloze(Skill.ACRONYM, "Tuliskan kepanjangan dari singkatan " + acronym.shortForm() + ": "
                    + acronym.shortForm() + " = " + ArticleContext.GAP, List.of(longForm), why, evidence));
        }
        return out;
    }

    /** Expansions with the same initials: one or two words swapped for article words that start with the same letter. */
    private List<String> lookAlikes(Acronym acronym) {
        String[] words = acronym.longForm().split("\\s+");
        List<List<String>> pools = new ArrayList<>();
        for (String w : words) {
            pools.add(wordsStartingWith(Character.toLowerCase(w.charAt(0)), w));
        }
        Set<String> out = new LinkedHashSet<>();
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < words.length; i++) {
                List<String> pool = pools.get(i);
                if (round < pool.size()) {
                    String[] copy = words.clone();
                    copy[i] = pool.get(round);
                    if (round % 2 == 1 && words.length > 1) {
                        int j = (i + 1) % words.length;
                        List<String> other = pools.get(j);
                        if (!other.isEmpty()) {
                            copy[j] = other.get(round % other.size());
                        }
                    }
                    // "konferensi tinggi tinggi" fools nobody: a repeated word is no plausible expansion.
                    if (Arrays.stream(copy).distinct().count() == copy.length) {
                        out.add(String.join(" ", copy));
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    private List<String> wordsStartingWith(char initial, String except) {
        if (wordsByInitial == null) {
            Map<Character, Set<String>> index = new HashMap<>();
            for (Sentence s : ctx.analysis.sentences()) {
                for (String token : s.text().split("[^\\p{L}]+")) {
                    if (token.length() >= 4 && Character.isLowerCase(token.charAt(0))) {
                        index.computeIfAbsent(token.charAt(0), c -> new LinkedHashSet<>()).add(token.toLowerCase(Locale.ROOT));
                    }
                }
            }
            wordsByInitial = new HashMap<>();
            index.forEach((c, words) -> wordsByInitial.put(c, List.copyOf(words)));
        }
        List<String> out = new ArrayList<>();
        for (String word : wordsByInitial.getOrDefault(initial, List.of())) {
            if (!word.equalsIgnoreCase(except)) {
                out.add(word);
            }
        }
        return out;
    }
}
