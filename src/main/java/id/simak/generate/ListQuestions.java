package id.simak.generate;

import id.simak.analysis.Enumeration;
import id.simak.analysis.WordInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Asks for the members of each list the text spells out, and which offered item is not one of them. */
final class ListQuestions {

    private static final int CONTEXT_WORDS = 9;

    private final ArticleContext ctx;

    ListQuestions(ArticleContext ctx) {
        this.ctx = ctx;
    }

    List<Question> generate() {
        List<Question> out = new ArrayList<>();
        List<Enumeration> lists = ctx.analysis.lists();
        for (Enumeration list : lists) {
            boolean countries = allPlaces(list);
            if (list.items().size() < 3 || countries && visitAt(list.sentence()) || !ctx.isBody(list.sentence())) {
                continue;
            }
            String sentence = ctx.text(list.sentence());
            int start = ArticleContext.find(sentence, list.items().get(0));
            if (start < 0) {
                continue;
            }
            String lead = lead(sentence, start);
            String speaker = speaker(list);
            Evidence evidence = ctx.evidence(list.sentence());
            String why = "Kalimat bukti menyebut " + VisitQuestions.join(list.items()) + ".";
            List<String> others = countries ? countryNeighbours(list) : otherItems(list, lists, lead);
            others.removeIf(o -> ArticleContext.find(sentence, o) >= 0);
            List<String> distractors = ctx.picker.pick(list.items(), others, Math.min(3, Math.max(2, 7 - list.items().size())),
                    List.of());
            if (distractors.size() >= 2) {
                // Places listed elsewhere in the story may be true here as well (felt in one town and another): a list
                // of places with places of other lists as wrong choices waits in the bank.
                boolean fair = sameKind(list.items(), distractors) && shortItems(list.items()) && list.items().size() <= 6
                        && (countries || !mostlyPlaces(list.items()));
                out.add(Drafts.of(QuestionType.MULTIPLE_RESPONSE, Skill.LIST,
                        "Pilih semua yang disebut " + (speaker == null ? "teks" : speaker) + " untuk melengkapi kalimat ini: "
                                + ArticleContext.quoted(lead + " " + ArticleContext.GAP),
                        List.of(), ctx.picker.choices(list.items(), distractors, "list" + list.items()), list.items(), why, evidence,
                        // Judged in the fourth round: even from other lists, wrong items often differ in kind
                        // (goods among actions, nouns after "yang"), so the list waits in the bank.
                        Difficulty.MEDIUM, fair ? 0.45 : 0.3));
                String intruder = distractors.get(0);
                List<String> shownItems = list.items().subList(0, 3);
                out.add(Drafts.choice(Skill.LIST, (speaker == null ? "Menurut teks" : "Menurut " + speaker)
                                + ", manakah yang TIDAK termasuk dalam daftar ini: " + ArticleContext.quoted(lead + " " + ArticleContext.GAP) + "?",
                        ctx.picker.choices(shownItems, List.of(intruder), "list-not" + list.items()), intruder,
                        "«" + intruder + "» tidak disebut; kalimat bukti menyebut " + VisitQuestions.join(list.items()) + ".", evidence,
                        Difficulty.MEDIUM, fair ? 0.4 : 0.28));
            }
        }
        return out;
    }

    /** Whether the distractors are written like the items (names with names, common words with common words). */
    private static boolean sameKind(List<String> items, List<String> distractors) {
        String shape = ChoiceShape.of(items.get(0)).substring(0, 1);
        for (String d : distractors) {
            if (!ChoiceShape.of(d).startsWith(shape)) {
                return false;
            }
        }
        return true;
    }

    /** The words that lead into the list, enough to know which list is meant. */
    private static String lead(String sentence, int start) {
        String before = sentence.substring(0, start).strip();
        String[] words = before.split("\\s+");
        int from = Math.max(0, words.length - CONTEXT_WORDS);
        String lead = String.join(" ", Arrays.copyOfRange(words, from, words.length));
        return (from > 0 ? "… " : "") + lead;
    }

    private String speaker(Enumeration list) {
        if (!list.inQuote()) {
            return null;
        }
        for (var q : ctx.analysis.directQuotes()) {
            if (q.sentence() == list.sentence() && q.speaker() != null) {
                return ctx.shortName(q.speaker());
            }
        }
        return null;
    }

    /** Lists of countries on a journey are asked by {@link VisitQuestions}. */
    private boolean visitAt(int sentence) {
        return ctx.analysis.visits().stream().anyMatch(v -> v.sentence() == sentence);
    }

    private List<String> countryNeighbours(Enumeration list) {
        List<String> codes = new ArrayList<>();
        for (String item : list.items()) {
            codes.add(ArticleContext.countryCode(item));
        }
        return ctx.countryCandidates(codes, Set.of());
    }

    private boolean allPlaces(Enumeration list) {
        for (String item : list.items()) {
            if (ArticleContext.countryCode(item) == null) {
                return false;
            }
        }
        return true;
    }

    private boolean mostlyPlaces(List<String> items) {
        long places = items.stream().filter(i -> ctx.analysis.places().stream()
                .anyMatch(p -> p.text().equalsIgnoreCase(i) || i.endsWith(" " + p.text()))).count();
        return places * 2 >= items.size();
    }

    /** Whether every item is short enough to read as one choice. */
    private static boolean shortItems(List<String> items) {
        return items.stream().allMatch(i -> i.split("\\s+").length <= 5 && i.length() <= 40);
    }

    /**
     * Items of the other lists, nearest list first, leaving out a list led in by a word of the same root ("terasa di"
     * and "dirasakan di" list places of one event: their items are true here too). No lone words from elsewhere.
     */
    private List<String> otherItems(Enumeration list, List<Enumeration> lists, String lead) {
        List<Enumeration> sorted = new ArrayList<>(lists);
        sorted.sort((a, b) -> Integer.compare(Math.abs(a.sentence() - list.sentence()), Math.abs(b.sentence() - list.sentence())));
        Set<String> leadRoots = leadRoots(lead);
        List<String> out = new ArrayList<>();
        for (Enumeration other : sorted) {
            if (other == list || allPlaces(other)) {
                continue;
            }
            String otherSentence = ctx.text(other.sentence());
            int at = ArticleContext.find(otherSentence, other.items().get(0));
            if (at < 0 || leadRoots.stream().anyMatch(leadRoots(lead(otherSentence, at))::contains)) {
                continue;
            }
            for (String item : other.items()) {
                if (item.split(" ").length <= 5) {
                    out.add(item);
                }
            }
        }
        return out;
    }

    /** The roots of the last content words before a list. */
    private Set<String> leadRoots(String lead) {
        String[] words = lead.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+");
        Set<String> roots = new java.util.HashSet<>();
        for (int i = Math.max(0, words.length - 4); i < words.length; i++) {
            String w = words[i];
            if (w.length() > 3 && !ArticleContext.leansBack(w)) {
                roots.add(w);
                roots.addAll(ctx.lexicon.roots(w));
            }
        }
        return roots;
    }
}
