package id.simak.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import id.simak.account.Account;
import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.Sentence;
import id.simak.article.Article;
import id.simak.article.ArticleReading;
import id.simak.generate.Evidence;
import id.simak.generate.Question;
import id.simak.quiz.format.FormatException;
import id.simak.quiz.format.QuestionFile;

/**
 * Between stored question sets and question files: a set as a {@link QuestionFile} for export, and a file's
 * questions written into a set, matched by their stable keys so that importing again updates instead of adding.
 */
@ApplicationScoped
public class QuestionSetFiles {

    private final ArticleReading reading;

    QuestionSetFiles(ArticleReading reading) {
        this.reading = reading;
    }

    /** What an import did to a set. */
    public record Outcome(long setId, String setKey, String title, boolean created, int added, int updated,
            int removed, int unchanged) {}

    /** The stored set as a file: its key (or {@code set-<id>}), title, article source, status and questions. */
    public static QuestionFile toFile(QuestionSet set) {
        List<Question> questions = set.questions.stream().map(QuizQuestion::toQuestion).toList();
        String article = set.article == null ? null : set.article.source;
        return new QuestionFile(keyOf(set), set.title, article,
                set.status == QuestionSet.Status.PUBLISHED ? QuestionFile.PUBLISHED : QuestionFile.DRAFT, questions,
                questions.stream().map(q -> 0).toList());
    }

    /** The set's stable id, or one made of its database id for sets that never had a file. */
    public static String keyOf(QuestionSet set) {
        return set.key != null ? set.key : "set-" + set.id;
    }

    /**
     * Finds every evidence sentence of the file in the article. Runs before anything is written, so a file whose
     * evidence is not in the article changes nothing.
     */
    public List<Question> resolveEvidence(QuestionFile file, Article article) throws FormatException {
        ArticleAnalysis analysis = null;
        List<Question> out = new ArrayList<>();
        for (int i = 0; i < file.questions().size(); i++) {
            Question q = file.questions().get(i);
            if (q.evidence() == null || q.evidence().sentence() != QuestionFile.UNKNOWN_SENTENCE) {
                out.add(q);
                continue;
            }
            if (analysis == null) {
                analysis = reading.analysis(article);
            }
            int index = sentenceOf(analysis, q.evidence().text());
            if (index < 0) {
                throw new FormatException(file.lines().get(i), "Kalimat bukti soal \"" + q.id()
                        + "\" tidak ada di artikel \"" + article.title + "\".");
            }
            out.add(new Question(q.id(), q.type(), q.skill(), q.prompt(), q.items(), q.choices(), q.answer(),
                    q.explanation(), new Evidence(index, q.evidence().text())));
        }
        return out;
    }

    /** The first sentence that holds the evidence text or is held by it (an evidence may span sentences). */
    static int sentenceOf(ArticleAnalysis analysis, String evidence) {
        String e = normal(evidence);
        if (e.isEmpty()) {
            return -1;
        }
        for (Sentence s : analysis.sentences()) {
            String t = normal(s.text());
            if (!t.isEmpty() && (t.contains(e) || e.contains(t))) {
                return s.index();
            }
        }
        return -1;
    }

    private static String normal(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /**
     * Writes the questions into the set (made when {@code set} is null), keeping the rows of questions whose key
     * is still there, adding new ones and removing the rest. Evidence must be resolved first.
     */
    public Outcome apply(QuestionSet set, String key, String title, QuestionSet.Status status, Article article,
            Account owner, QuestionSet.Origin origin, List<Question> questions) {
        boolean created = set == null;
        Instant now = Instant.now();
        if (created) {
            set = new QuestionSet();
            set.key = key;
            set.article = article;
            set.owner = owner;
            set.origin = origin;
            set.createdAt = now;
            set.title = title;
            set.status = status;
            set.updatedAt = now;
            set.persist();
        }
        boolean changed = created || !Objects.equals(set.title, title) || set.status != status;
        set.title = title;
        set.status = status;
        Map<String, QuizQuestion> old = new HashMap<>();
        for (QuizQuestion q : set.questions) {
            old.put(q.key, q);
        }
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        List<QuizQuestion> rows = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            QuizQuestion row = old.remove(q.id());
            if (row == null) {
                row = QuizQuestion.of(set, i, q);
                added++;
            } else if (same(row, i, q)) {
                unchanged++;
            } else {
                fill(row, i, q);
                updated++;
            }
            rows.add(row);
        }
        int removed = old.size();
        set.questions.removeAll(old.values());
        for (QuizQuestion row : rows) {
            if (row.id == null) {
                set.questions.add(row);
            }
        }
        set.questions.sort((a, b) -> Integer.compare(a.position, b.position));
        if (changed || added + updated + removed > 0) {
            set.updatedAt = now;
        }
        return new Outcome(set.id, set.key, set.title, created, added, updated, removed, unchanged);
    }

    private static boolean same(QuizQuestion row, int position, Question q) {
        QuizQuestion probe = QuizQuestion.of(row.set, position, q);
        return row.position == probe.position && row.type.equals(probe.type) && row.skill.equals(probe.skill)
                && row.prompt.equals(probe.prompt) && row.items.equals(probe.items)
                && row.choices.equals(probe.choices) && row.answer.equals(probe.answer)
                && Objects.equals(row.explanation, probe.explanation)
                && Objects.equals(row.evidenceSentence, probe.evidenceSentence)
                && Objects.equals(row.evidenceText, probe.evidenceText);
    }

    private static void fill(QuizQuestion row, int position, Question q) {
        QuizQuestion probe = QuizQuestion.of(row.set, position, q);
        row.position = probe.position;
        row.type = probe.type;
        row.skill = probe.skill;
        row.prompt = probe.prompt;
        row.items = probe.items;
        row.choices = probe.choices;
        row.answer = probe.answer;
        row.explanation = probe.explanation;
        row.evidenceSentence = probe.evidenceSentence;
        row.evidenceText = probe.evidenceText;
    }
}
