package id.simak.generate;

import id.simak.analysis.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks which statement the article as a whole supports: its lead (the first whole sentence of the body, which
 * news writes to carry the story) against versions of it that contradict the article's facts, each changed in
 * one fact a reader of the article can check.
 */
final class MainIdeaQuestions {

    // The lead is the first sentence of the body; a later one is no summary of the story.
    private static final int LEAD_SENTENCES = 1;

    private final ArticleContext ctx;
    private final FalseVersions versions;

    MainIdeaQuestions(ArticleContext ctx) {
        this.ctx = ctx;
        this.versions = new FalseVersions(ctx);
    }

    List<Question> generate() {
        int seen = 0;
        for (Sentence s : ctx.analysis.sentences()) {
            if (!s.isBody()) {
                continue;
            }
            if (seen++ >= LEAD_SENTENCES) {
                break;
            }
            String lead = ctx.statement(s.index());
            if (lead == null) {
                continue;
            }
            // One version of the lead that contradicts it, then other statements of the article made false: every
            // wrong choice contradicts the article, and only the right one is the lead's point.
            List<String> wrong = new ArrayList<>();
            // Names are left alone: a person swapped into another's role reads as nonsense, not as a claim to check.
            List<FalseVersions.Version> leadVersions = new ArrayList<>(versions.of(lead, s.index()));
            leadVersions.removeIf(v -> v.skill() == Skill.PERSON);
            leadVersions.sort((a, b) -> Boolean.compare(b.skill() == Skill.MAIN_IDEA, a.skill() == Skill.MAIN_IDEA));
            if (!leadVersions.isEmpty()) {
                wrong.add(leadVersions.get(0).text());
            }
            for (Sentence other : ctx.analysis.sentences()) {
                String statement = other.index() == s.index() ? null : ctx.statement(other.index());
                if (statement == null || wrong.size() >= 3) {
                    continue;
                }
                List<FalseVersions.Version> otherVersions = new ArrayList<>(versions.of(statement, other.index()));
                otherVersions.removeIf(v -> v.skill() == Skill.PERSON);
                if (!otherVersions.isEmpty()) {
                    wrong.add(otherVersions.get(0).text());
                }
            }
            if (wrong.size() < 2) {
                continue;
            }
            List<String> distractors = wrong.subList(0, Math.min(3, wrong.size()));
            return List.of(Drafts.choice(Skill.MAIN_IDEA, "Pernyataan manakah yang sesuai dengan isi utama berita ini?",
                    ctx.picker.choices(List.of(lead), distractors, "main" + lead), lead,
                    "Kalimat pembuka berita menyatakan: «" + lead + "» Pilihan lain mengubah faktanya.",
                    // Judges read wrong choices that change one figure of the lead as a detail check, not the main
                    // point: the question waits in the bank for a teacher to choose.
                    ctx.evidence(s.index()), Difficulty.HARD, 0.45));
        }
        return List.of();
    }
}
