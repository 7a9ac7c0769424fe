package id.simak.generate;

import id.simak.analysis.Person;
import id.simak.analysis.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks who did what: where a sentence opens with a person or an organisation and goes on with what they did
 * ("Badan Pusat Statistik (BPS) mencatat ...", "Presiden Joko Widodo meninjau ..."), "Menurut berita, siapa yang
 * ...?" or "pihak mana yang ...?" with other people or other organisations of the article to choose from.
 */
final class AgentQuestions {

    // Three names to choose from leave a guess of one in three, and the one junk choice makes it one in two: such a
    // question waits in the bank, as every multiple choice of the draft offers four.
    static final double THREE_CHOICES = 0.48;

    // What may stand between the actor and the verb: a tense or modal word ("telah", "akan", "tidak").
    private static final Pattern PREDICATE = Pattern.compile(
            "^(?:(?:telah|sudah|akan|masih|juga|pun|tidak|tak|belum|baru|sempat|terus|kembali|resmi|secara resmi|bakal)\\s+)*"
                    + "(?:me|ber|di|ter|mem|men|meng|meny|memper|diper)\\p{Ll}{3,}\\b.*");
    private static final int MAX_PREDICATE = 20;

    private final ArticleContext ctx;

    AgentQuestions(ArticleContext ctx) {
        this.ctx = ctx;
    }

    List<Question> generate() {
        List<Question> out = new ArrayList<>();
        // The wrong choices: people the text gives a role. A name without one may be a statue's, a body's or a town's
        // that the analysis took for a person ("Kwee Seng Ong" carried in a procession), and no one who could speak.
        List<String> people = new ArrayList<>();
        for (Person p : ctx.persons()) {
            if (p.role() != null && !p.role().isBlank()) {
                people.add(p.name());
            }
        }
        List<String[]> organisations = ctx.organisations();
        for (Sentence s : ctx.analysis.sentences()) {
            String text = ctx.statement(s.index());
            if (text == null) {
                continue;
            }
            Question q = personActor(s.index(), text, people);
            if (q == null) {
                q = organisationActor(s.index(), text, organisations);
            }
            if (q != null) {
                out.add(q);
            }
        }
        return out;
    }

    private Question personActor(int sentence, String text, List<String> people) {
        for (Person p : ctx.persons()) {
            int at = ArticleContext.find(text, p.name());
            // The name opens the sentence, perhaps after its role ("Kepala BPS Suhariyanto ...").
            if (at < 0 || at > 0 && (p.role() == null || !text.substring(0, at).strip().equalsIgnoreCase(p.role()))) {
                continue;
            }
            String predicate = predicate(text.substring(at + p.name().length()));
            // "siapa yang ... bertemu Presiden Korea Selatan Lee Min-ho?": a person the question itself names is no fair wrong
            // choice.
            List<String> unnamed = predicate == null ? people : people.stream().filter(n -> !namedIn(predicate, n)).toList();
            List<String> others = ctx.picker.pick(p.name(), unnamed, 3);
            if (predicate == null || others.size() < 2) {
                return null;
            }
            return Drafts.choice(Skill.AGENT, "Menurut berita, siapa yang " + predicate + "?",
                    ctx.picker.choices(List.of(p.name()), others, "agent" + text), p.name(),
                    "Kalimat bukti menyebut bahwa " + p.name() + " " + predicate + ".", ctx.evidence(sentence), Difficulty.EASY,
                    others.size() == 3 ? 0.7 : THREE_CHOICES);
        }
        return null;
    }

    private Question organisationActor(int sentence, String text, List<String[]> organisations) {
        for (String[] org : organisations) {
            String name = org[0];
            String rest = null;
            if (text.startsWith(name)) {
                rest = text.substring(name.length()).replaceFirst("^\\s*\\([^)]{1,15}\\)", "");
            } else if (org[1] != null && text.startsWith(org[1] + " ")) {
                rest = text.substring(org[1].length());
            }
            if (rest == null) {
                continue;
            }
            String predicate = predicate(rest);
            List<String> names = new ArrayList<>();
            for (String[] other : organisations) {
                if (other != org) {
                    names.add(other[0]);
                }
            }
            if (predicate == null) {
                return null;
            }
            String shownPredicate = predicate;
            // An organisation the question itself names is no fair wrong choice.
            names.removeIf(n -> ArticleContext.find(shownPredicate, n) >= 0);
            List<String> others = ctx.picker.pick(name, names, 3);
            if (others.size() < 2) {
                return null;
            }
            return Drafts.choice(Skill.AGENT, "Menurut berita, pihak mana yang " + predicate + "?",
                    ctx.picker.choices(List.of(name), others, "agent" + text), name,
                    "Kalimat bukti menyebut bahwa " + name + " " + predicate + ".", ctx.evidence(sentence), Difficulty.EASY,
                    others.size() == 3 ? 0.66 : THREE_CHOICES);
        }
        return null;
    }

    /** Whether the words name the person, in full or by one name of four letters or more ("Lee Min-ho", "Min-ho"). */
    private static boolean namedIn(String words, String name) {
        if (ArticleContext.find(words, name) >= 0) {
            return true;
        }
        for (String part : name.split("\\s+")) {
            if (part.length() >= 4 && Character.isUpperCase(part.charAt(0)) && ArticleContext.find(words, part) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** What the actor did, as the rest of a question: it opens with a verb, ends well and is not too long. */
    static String predicate(String rest) {
        // "ABMI pun mendorong ...": the particle stays with its subject, not in "siapa yang pun mendorong".
        String p = rest.strip().replaceFirst("^,\\s*", "").replaceFirst("(?iu)^(?:pun|juga|pula|sendiri|lantas|kemudian)\\s+", "")
                .replaceAll("[.!?]$", "").strip();
        if (!PREDICATE.matcher(p).matches()) {
            return null;
        }
        String[] words = p.split("\\s+");
        // "menyampaikan, kedatangan Presiden memberi ...": a verb with a comma after it introduces what someone said,
        // which is no act to ask "siapa yang ...?" about.
        for (String w : words) {
            if (w.matches("(?iu)(?:me|ber|di|ter)\\p{L}{3,}.*")) {
                if (w.endsWith(",")) {
                    return null;
                }
                break;
            }
        }
        if (words.length > MAX_PREDICATE) {
            int comma = p.indexOf(", ");
            if (comma < 0) {
                return null;
            }
            p = p.substring(0, comma);
            words = p.split("\\s+");
        }
        if (words.length < 3 || !EventPhrase.endsWell(p) || p.toLowerCase(Locale.ROOT).contains(" bahwa")
                && p.toLowerCase(Locale.ROOT).endsWith("bahwa")) {
            return null;
        }
        // "melaksanakan instruksi tersebut": what the prompt points back to is in a sentence it does not show.
        if (EventPhrase.pointsBack(p)) {
            return null;
        }
        return p;
    }
}
