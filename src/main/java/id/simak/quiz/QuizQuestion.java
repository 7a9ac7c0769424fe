package id.simak.quiz;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

import id.simak.generate.Difficulty;
import id.simak.generate.Evidence;
import id.simak.generate.Question;
import id.simak.generate.QuestionType;
import id.simak.generate.Skill;

/** One stored question of a set; {@code items}, {@code choices} and {@code answer} mean what {@link QuestionType} says. */
@Entity
@Table(name = "quiz_question")
public class QuizQuestion extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "set_id")
    public QuestionSet set;

    @Column(nullable = false)
    public int position;

    /** Stable key: the generator's id, or one given by the author; unique within the set. */
    @Column(name = "question_key", nullable = false, length = 64)
    public String key;

    @Column(nullable = false, length = 24)
    public String type;

    @Column(nullable = false, length = 24)
    public String skill;

    @Column(nullable = false, length = 4000)
    public String prompt;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 20000)
    public List<String> items = List.of();

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 20000)
    public List<String> choices = List.of();

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 20000)
    public List<String> answer = List.of();

    @Column(length = 4000)
    public String explanation;

    @Column(name = "evidence_sentence")
    public Integer evidenceSentence;

    @Column(name = "evidence_text", length = 4000)
    public String evidenceText;

    /** The 1-based paragraph of the evidence, for a generated question; null for one a teacher wrote. */
    @Column
    public Integer paragraph;

    /** EASY, MEDIUM or HARD, as the generator rated it; null for one a teacher wrote. */
    @Column(length = 8)
    public String difficulty;

    /** How good a question the generator took it to be (0 to 1); null for one a teacher wrote. */
    @Column
    public Double score;

    /** Accepted by a teacher: looked at and kept as it is (saving an edit accepts it too). */
    @Column(nullable = false)
    public boolean reviewed;

    /** The message key of the skill's name, for pages. */
    public String skillKey() {
        return "skill_" + skill;
    }

    /** The message key of the type's name, for pages. */
    public String typeKey() {
        return "type_" + type;
    }

    static QuizQuestion of(QuestionSet set, int position, Question q) {
        QuizQuestion s = new QuizQuestion();
        s.set = set;
        s.position = position;
        s.key = q.id();
        s.type = q.type().name();
        s.skill = q.skill().name();
        s.prompt = q.prompt();
        s.items = q.items() == null ? List.of() : List.copyOf(q.items());
        s.choices = q.choices() == null ? List.of() : List.copyOf(q.choices());
        s.answer = q.answer() == null ? List.of() : List.copyOf(q.answer());
        s.explanation = q.explanation();
        s.evidenceSentence = q.evidence() == null ? null : q.evidence().sentence();
        s.evidenceText = q.evidence() == null ? null : q.evidence().text();
        // Only the generator places and rates a question; a teacher's own keeps the columns empty.
        boolean generated = q.paragraph() > 0;
        s.paragraph = generated ? q.paragraph() : null;
        s.difficulty = generated ? q.difficulty().name() : null;
        s.score = generated ? q.score() : null;
        return s;
    }

    /** Back to the generator's record, for grading and export. */
    public Question toQuestion() {
        Evidence evidence = evidenceSentence == null ? null : new Evidence(evidenceSentence, evidenceText);
        if (paragraph == null) {
            return new Question(key, QuestionType.valueOf(type), Skill.valueOf(skill), prompt, items, choices, answer,
                    explanation, evidence);
        }
        return new Question(key, QuestionType.valueOf(type), Skill.valueOf(skill), prompt, items, choices, answer,
                explanation, evidence, paragraph, difficulty == null ? Difficulty.MEDIUM : Difficulty.valueOf(difficulty),
                score == null ? 1.0 : score);
    }
}
