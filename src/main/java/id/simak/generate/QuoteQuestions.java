package id.simak.generate;

import id.simak.analysis.Person;
import id.simak.analysis.Quote;
import id.simak.analysis.WordInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Asks who said each direct quote and has the learner complete it. */
final class QuoteQuestions {

    private static final int SHOWN_WORDS = 18;

    private final ArticleContext ctx;

    QuoteQuestions(ArticleContext ctx) {
        this.ctx = ctx;
    }

    List<Question> generate() {
        List<Question> out = new ArrayList<>();
        for (Quote quote : ctx.analysis.quotes()) {
            if (quote.speaker() == null) {
                continue;
            }
            Evidence evidence = ctx.evidence(quote.sentence());
            String shown = opening(quote.text());
            String why = "Kalimat bukti menunjukkan bahwa " + quote.speaker() + " yang mengatakan «" + shown + "».";
            List<String> speakers = new ArrayList<>();
            for (Person p : ctx.analysis.people()) {
                speakers.add(p.name());
            }
            List<String> others = ctx.picker.pick(quote.speaker(), speakers, 3);
            if (others.size() >= 2) {
                out.add(Drafts.choice(Skill.QUOTE, "Siapa yang mengatakan kutipan berikut? " + ArticleContext.quoted(shown),
                        ctx.picker.choices(List.of(quote.speaker()), others, "quote" + quote.text()), quote.speaker(), why, evidence));
            } else if (others.size() == 1) {
                // Two speakers: a choice between two names is a coin toss, a statement to judge is a reading check.
                boolean truth = (StableHash.of(quote.text()) & 1) == 0;
                out.add(Drafts.trueFalse(Skill.QUOTE, "Kutipan " + ArticleContext.quoted(shown) + " diucapkan oleh "
                        + (truth ? quote.speaker() : others.get(0)) + ".", truth, why, evidence));
            } else {
                // With a single speaker in the text a choice of names cannot be fair, so the learner confirms the attribution.
                out.add(Drafts.trueFalse(Skill.QUOTE, "Kutipan " + ArticleContext.quoted(shown) + " diucapkan oleh "
                        + quote.speaker() + ".", true, why, evidence));
            }
            String word = keyWord(quote);
            if (word != null) {
                String gapped = ArticleContext.blank(quote.text(), word);
                out.add(Drafts.cloze(Skill.QUOTE, "Lengkapi kutipan " + ctx.shortName(quote.speaker()) + " berikut: "
                        + ArticleContext.quotedAround(gapped), List.of(word), "Kutipan aslinya: «" + quote.text() + "».", evidence));
            }
        }
        return out;
    }

    /** The first words of a long quote, enough to recognise it. */
    static String opening(String text) {
        String[] words = text.split("\\s+");
        if (words.length <= SHOWN_WORDS) {
            return text;
        }
        return String.join(" ", Arrays.copyOf(words, SHOWN_WORDS)) + " …";
    }

    /** The hardest affixed word the quote uses once, the one worth recalling. */
    private String keyWord(Quote quote) {
        WordInfo best = null;
        for (WordInfo w : ctx.analysis.words()) {
            int at = ArticleContext.find(quote.text(), w.word());
            if (at >= 0 && ArticleContext.find(quote.text().substring(at + w.word().length()), w.word()) < 0
                    && (best == null || w.difficulty() > best.difficulty())) {
                best = w;
            }
        }
        return best == null ? null : best.word();
    }
}
