package id.simak.generate;

import id.simak.analysis.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Asks what role the people of the article hold, with titles of the same kind or of other countries as distractors. */
final class PersonQuestions {

    // General titles of public office, to build wrong roles when the text has too few of its own.
    private static final List<String> TITLES = List.of("Presiden", "Wakil Presiden", "Perdana Menteri",
            "Menteri Luar Negeri", "Duta Besar", "Raja", "Menteri Perdagangan", "Ketua Parlemen");

    private final ArticleContext ctx;

    PersonQuestions(ArticleContext ctx) {
        this.ctx = ctx;
    }

    List<Question> generate() {
        List<Question> out = new ArrayList<>();
        for (Person person : ctx.analysis.people()) {
            if (person.role() == null || person.role().isBlank()) {
                continue;
            }
            int sentence = firstSentenceWith(person.role() + " " + person.name());
            if (sentence < 0) {
                sentence = firstSentenceWith(person.role());
            }
            if (sentence < 0) {
                continue;
            }
            Evidence evidence = ctx.evidence(sentence);
            String why = "Kalimat bukti menyebut «" + person.role() + " " + person.name() + "».";
            List<String> distractors = ctx.picker.pick(List.of(person.role()), wrongRoles(person), 3, List.of());
            if (distractors.size() == 3) {
                out.add(Drafts.choice(Skill.PERSON, "Apa jabatan " + person.name() + " menurut teks?",
                        ctx.picker.choices(List.of(person.role()), distractors, "role" + person.name()), person.role(), why, evidence));
            }
            String gapped = ArticleContext.blank(evidence.text(), person.name());
            if (gapped != null) {
                out.add(Drafts.cloze(Skill.PERSON, "Siapa nama tokoh yang dimaksud? Lengkapi: " + ArticleContext.quotedAround(gapped),
                        List.of(person.name()), why, evidence));
            }
        }
        return out;
    }

    private int firstSentenceWith(String phrase) {
        for (var s : ctx.analysis.sentences()) {
            if (ArticleContext.find(s.text(), phrase) >= 0) {
                return s.index();
            }
        }
        return -1;
    }

    /** Roles of the other people first, then the same title for another country, then other titles for the same country. */
    private List<String> wrongRoles(Person person) {
        List<String> out = new ArrayList<>();
        for (Person other : ctx.analysis.people()) {
            if (other != person && other.role() != null) {
                out.add(other.role());
            }
        }
        String role = person.role();
        String title = role;
        String country = null;
        for (String name : ctx.countries.values()) {
            int at = ArticleContext.find(role, name);
            if (at > 0) {
                title = role.substring(0, at).strip();
                country = name;
            }
        }
        if (country != null) {
            String code = ArticleContext.countryCode(country);
            for (String c : ctx.countryCandidates(List.of(code), Set.of())) {
                out.add(title + " " + c);
                if (out.size() > 3) {
                    break;
                }
            }
            for (String t : TITLES) {
                if (!t.equals(title)) {
                    out.add(t + " " + country);
                }
            }
        } else {
            for (String t : TITLES) {
                out.add(t);
            }
        }
        // Mix same-title and same-country distractors so neither half of the role gives the answer away.
        List<String> mixed = new ArrayList<>();
        int half = out.size() / 2;
        for (int i = 0; i < out.size(); i++) {
            mixed.add(out.get(i % 2 == 0 ? i / 2 : half + i / 2));
        }
        return mixed.stream().distinct().toList();
    }
}
