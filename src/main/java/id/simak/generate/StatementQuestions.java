package id.simak.generate;

import id.simak.analysis.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks the learner to judge a statement: a sentence of the article as it stands (true) or with one fact changed
 * for another of the same kind the article gives (false), so the check needs the right sentence found and read.
 * Its skill is the kind of fact that was changed.
 */
final class StatementQuestions {

    private final ArticleContext ctx;
    private final FalseVersions versions;

    StatementQuestions(ArticleContext ctx) {
        this.ctx = ctx;
        this.versions = new FalseVersions(ctx);
    }

    List<Question> generate() {
        List<Question> out = new ArrayList<>();
        // True and false statements take turns through the article, from a start fixed by its text.
        boolean truth = ctx.analysis.sentences().isEmpty() || (StableHash.of(ctx.analysis.sentences().get(0).text()) >>> 40 & 1) == 0;
        for (Sentence s : ctx.analysis.sentences()) {
            String statement = ctx.statement(s.index());
            if (statement == null) {
                continue;
            }
            List<FalseVersions.Version> changed = versions.of(statement, s.index());
            changed.removeIf(v -> v.skill() == Skill.MAIN_IDEA);
            if (changed.isEmpty()) {
                continue;
            }
            FalseVersions.Version v = changed.get((int) Math.floorMod(StableHash.of(statement), (long) changed.size()));
            truth = !truth;
            Evidence evidence = ctx.evidence(s.index());
            String why = truth
                    ? "Pernyataan ini sama dengan kalimat bukti."
                    : "Menurut kalimat bukti, yang benar «" + v.truth() + "», bukan «" + v.replaced() + "».";
            // A statement copied from the text only tests finding it again, and gives away what other questions
            // ask: such questions wait in the bank. A figure or a day swapped for another of the article is a real
            // reading check (judges kept them); a swapped place is often the same place in other words, and a
            // swapped name too often lands in a name or title the sentence runs together.
            boolean check = !truth && (v.skill() == Skill.NUMBER || v.skill() == Skill.DATE);
            out.add(Drafts.trueFalse(v.skill(), truth ? statement : v.text(), truth, why, evidence, Difficulty.MEDIUM,
                    check ? 0.52 : v.skill() == Skill.NUMBER || v.skill() == Skill.DATE ? 0.46 : 0.42));
        }
        return out;
    }
}
