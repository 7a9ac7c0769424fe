package id.simak.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;

import id.simak.quiz.QuizQuestion;
import id.simak.srs.CardPhase;
import id.simak.srs.Rating;

/**
 * A card as the learner sees it: the front (prompt, the choices of a choice question, a word in its sentence)
 * and, once turned over, the back (the answer, explanation and evidence, or the root and synonyms). Built
 * inside the transaction, so pages and JSON never touch a lazy entity.
 *
 * @param intervals seconds until the card would be due after each rating, for the answer buttons
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CardView(
        long id,
        Card.Kind kind,
        String skill,
        String questionType,
        Long articleId,
        String prompt,
        List<String> items,
        List<String> choices,
        String word,
        String sentence,
        Integer sentenceIndex,
        CardPhase phase,
        Instant due,
        Double retrievability,
        Map<Rating, Long> intervals,
        Back back) {

    /**
     * The answer side.
     *
     * @param answer           the answer, one line per item (a matching pair is "left → right")
     * @param explanation      why, for a question
     * @param evidence         the article's sentence that proves the answer
     * @param evidenceSentence its index in the article, for {@code /artikel/{articleId}?kalimat=}
     * @param root             the word's root, for a word card
     * @param synonyms         the word's synonyms, for a word card
     * @param note             the learner's own note on the card, when she wrote one
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Back(List<String> answer, String explanation, String evidence, Integer evidenceSentence,
            String root, List<String> synonyms, String note) {
    }

    /**
     * The predicted recall now in whole percent, for a card in review; null for a new card and for one in its
     * (re)learning steps: a card just rated "Lagi" was reviewed minutes ago, and its figure (near 100 %) would
     * say the opposite of what just happened. The page shows {@link #getRelearning()} instead.
     */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public Integer getRecallPercent() {
        return phase != CardPhase.REVIEW || retrievability == null ? null : (int) Math.round(retrievability * 100);
    }

    /** Whether the card is in its learning or relearning steps (after "Lagi", or new and being learned). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean getRelearning() {
        return phase == CardPhase.LEARNING || phase == CardPhase.RELEARNING;
    }

    /** The word of a word card cut out of its sentence, for highlighting. */
    public record Highlight(String before, String word, String after) {

        /** The first whole-word occurrence of {@code word} in {@code sentence}; all of it as {@code before} if none. */
        public static Highlight of(String sentence, String word) {
            if (sentence == null || word == null) {
                return new Highlight(sentence == null ? "" : sentence, "", "");
            }
            Matcher m = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(word) + "(?![\\p{L}-])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(sentence);
            if (!m.find()) {
                return new Highlight(sentence, "", "");
            }
            return new Highlight(sentence.substring(0, m.start()), m.group(), sentence.substring(m.end()));
        }
    }

    private static final List<String> CHOICE_TYPES = List.of("MULTIPLE_CHOICE", "TRUE_FALSE", "MULTIPLE_RESPONSE");

    static CardView of(Card card, Double retrievability, Map<Rating, Long> intervals, boolean withBack) {
        if (card.kind == Card.Kind.WORD) {
            Back back = withBack ? new Back(null, null, null, null, card.root, card.synonyms, card.note) : null;
            return new CardView(card.id, card.kind, card.skill, null, card.articleId,
                    wordPrompt(card.word), null, null, card.word,
                    card.sentence, card.sentenceIndex, card.phase, card.due, retrievability, intervals, back);
        }
        QuizQuestion q = card.question;
        Back back = withBack ? new Back(answerLines(q), q.explanation, q.evidenceText, q.evidenceSentence, null, null,
                card.note)
                : null;
        return new CardView(card.id, card.kind, card.skill, q.type, card.articleId, q.prompt, itemsShown(q.items),
                choicesShown(q.type, q.choices), null, null, null, card.phase, card.due, retrievability, intervals,
                back);
    }

    /** A card's front (no back) from the values a review session read of it ({@link SessionReads#shown}). */
    static CardView front(SessionReads.Shown card, String skill, Long articleId, Double retrievability,
            Map<Rating, Long> intervals) {
        if (card.kind() == Card.Kind.WORD) {
            return new CardView(card.state().cardId(), card.kind(), skill, null, articleId,
                    wordPrompt(card.word()), null, null, card.word(),
                    card.sentence(), card.sentenceIndex(), card.state().phase(), card.state().due(), retrievability,
                    intervals, null);
        }
        return new CardView(card.state().cardId(), card.kind(), skill, card.questionType(), articleId, card.prompt(),
                itemsShown(card.items()), choicesShown(card.questionType(), card.choices()), null, null, null,
                card.state().phase(), card.state().due(), retrievability, intervals, null);
    }

    private static String wordPrompt(String word) {
        return "Apa kata dasar dan sinonim kata \u201c" + word + "\u201d?";
    }

    /** The choices a question's front shows: those of a choice, ordering or matching question; null otherwise. */
    private static List<String> choicesShown(String type, List<String> choices) {
        return CHOICE_TYPES.contains(type) || "ORDERING".equals(type) || "MATCHING".equals(type)
                ? List.copyOf(choices) : null;
    }

    private static List<String> itemsShown(List<String> items) {
        return items.isEmpty() ? null : List.copyOf(items);
    }

    static List<String> answerLines(QuizQuestion q) {
        List<String> lines = new ArrayList<>();
        switch (q.type) {
            case "MATCHING":
                for (int i = 0; i < q.items.size() && i < q.answer.size(); i++) {
                    lines.add(q.items.get(i) + " \u2192 " + q.answer.get(i));
                }
                break;
            case "ORDERING":
                for (int i = 0; i < q.answer.size(); i++) {
                    lines.add((i + 1) + ". " + q.answer.get(i));
                }
                break;
            case "CLOZE":
                if (!q.answer.isEmpty()) {
                    lines.add(q.answer.get(0));
                }
                break;
            default:
                lines.addAll(q.answer);
        }
        return lines;
    }

    /** Whether the learner answers this card by choosing before turning it over. */
    public boolean isChoice() {
        return questionType != null && CHOICE_TYPES.contains(questionType);
    }

    /** Several choices may be right (check boxes rather than radio buttons). */
    public boolean isMultiple() {
        return "MULTIPLE_RESPONSE".equals(questionType);
    }

    /** Never reviewed. */
    public boolean isFresh() {
        return phase == CardPhase.NEW;
    }

    public boolean isWordCard() {
        return kind == Card.Kind.WORD;
    }

    /** The word of a word card within its sentence; the whole sentence as {@code before} when not found. */
    public Highlight highlight() {
        return Highlight.of(sentence, word);
    }

    /** The message key of the skill's name (bundle {@code msg}). */
    public String skillKey() {
        return "skill_" + skill;
    }

    /** The message key of the question type's name, or null for a word card. */
    public String typeKey() {
        return questionType == null ? null : "type_" + questionType;
    }

    /** The card without its back, as the session lists it. */
    CardView front() {
        return new CardView(id, kind, skill, questionType, articleId, prompt, items, choices, word, sentence,
                sentenceIndex, phase, due, retrievability, intervals, null);
    }
}
