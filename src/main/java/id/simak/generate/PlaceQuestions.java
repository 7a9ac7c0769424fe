package id.simak.generate;

import id.simak.analysis.Place;
import id.simak.analysis.Visit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Asks where things happened: a cloze for each city or province, a choice of country where the text names one alone. */
final class PlaceQuestions {

    private final ArticleContext ctx;

    PlaceQuestions(ArticleContext ctx) {
        this.ctx = ctx;
    }

    List<Question> generate() {
        List<Question> out = new ArrayList<>();
        Set<Integer> visitSentences = new HashSet<>();
        for (Visit v : ctx.analysis.visits()) {
            visitSentences.add(v.sentence());
        }
        for (Place place : ctx.analysis.places()) {
            String sentence = ctx.text(place.sentence());
            String gapped = ArticleContext.blank(sentence, place.text());
            if (gapped == null) {
                continue;
            }
            Evidence evidence = ctx.evidence(place.sentence());
            String why = "Kalimat bukti menyebut «" + place.text() + "».";
            if (place.kind() != Place.Kind.COUNTRY) {
                out.add(Drafts.cloze(Skill.PLACE, "Lengkapi kalimat berikut dengan nama tempat yang tepat: "
                        + ArticleContext.quotedAround(gapped), List.of(place.text()), why, evidence));
            } else if (place.kind() == Place.Kind.COUNTRY && place.code() != null && !gapped.contains(ArticleContext.GAP + " (")
                    && !visitSentences.contains(place.sentence()) && countriesIn(sentence) == 1) {
                List<String> distractors = ctx.picker.pick(List.of(place.text()),
                        ctx.countryCandidates(List.of(place.code()), Set.of()), 3, List.of());
                out.add(Drafts.choice(Skill.PLACE, "Negara mana yang tepat untuk mengisi bagian kosong? "
                                + ArticleContext.quotedAround(gapped),
                        ctx.picker.choices(List.of(place.text()), distractors, "place" + place), place.text(), why, evidence));
            }
        }
        return out;
    }

    private int countriesIn(String sentence) {
        int n = 0;
        for (String name : ctx.countries.values()) {
            if (ArticleContext.find(sentence, name) >= 0) {
                n++;
            }
        }
        return n;
    }
}
