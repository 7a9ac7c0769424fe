package id.simak.generate;

import id.simak.analysis.NumberMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Asks for the quantities of the article: how many, with nearby numbers as distractors, and a cloze in the sentence. */
final class NumberQuestions {

    private final ArticleContext ctx;

    NumberQuestions(ArticleContext ctx) {
        this.ctx = ctx;
    }

    List<Question> generate() {
        List<Question> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NumberMention n : ctx.analysis.numbers()) {
            if (!seen.add(AnswerText.key(n.text())) || n.value() != Math.rint(n.value())) {
                continue;
            }
            String numeral = numeral(n);
            String sentence = ctx.text(n.sentence());
            String gapped = ArticleContext.blank(sentence, numeral);
            if (numeral == null || gapped == null) {
                continue;
            }
            long value = (long) n.value();
            boolean words = IndonesianNumbers.inWords(numeral);
            String answer = words ? numeral.toLowerCase(Locale.ROOT) : Long.toString(value);
            Evidence evidence = ctx.evidence(n.sentence());
            String why = "Kalimat bukti menyebut «" + n.text() + "».";
            List<String> accepted = new ArrayList<>(List.of(answer));
            accepted.add(words ? Long.toString(value) : IndonesianNumbers.words(value));
            out.add(Drafts.cloze(Skill.NUMBER, "Lengkapi kalimat berikut dengan bilangan yang tepat: " + ArticleContext.quotedAround(gapped),
                    accepted.stream().distinct().toList(), why, evidence));
            List<String> near = new ArrayList<>();
            for (long shift : new long[] {1, -1, 2, -2, 3, 5}) {
                long v = value + shift * Math.max(1, value / 10);
                if (v > 0) {
                    near.add(words ? IndonesianNumbers.words(v) : Long.toString(v));
                }
            }
            List<String> distractors = ctx.picker.pick(List.of(answer, Long.toString(value)), near, 3, List.of());
            String unit = n.unit() == null ? "" : " " + n.unit();
            out.add(Drafts.choice(Skill.NUMBER, "Berapa" + unit + " yang disebut dalam kalimat berikut? " + ArticleContext.quotedAround(gapped),
                    ctx.picker.choices(List.of(answer), distractors, "number" + n.text() + n.sentence()), answer, why, evidence));
        }
        return out;
    }

    /** The number word(s) of the mention without the unit and what follows ("enam" of "enam kali"). */
    private static String numeral(NumberMention n) {
        String text = n.text();
        if (n.unit() != null) {
            int at = ArticleContext.find(text, n.unit());
            if (at > 0) {
                return text.substring(0, at).strip();
            }
        }
        return text;
    }
}
