package id.simak.generate;

/**
 * What a question trains: a kind of fact of the article (a date, a place, a visit, a person, a quote, a list, a
 * number, an abbreviation, who did what), a kind of reading (cause and effect, a calculation from the text's figures, the main
 * point of the article as a whole), or a kind of vocabulary knowledge (root, synonym, word in context). {@link #OTHER}
 * is never generated: it is the skill of a question a teacher imported or wrote whose skill nobody named and whose
 * wording tells none.
 */
public enum Skill {
    DATE, PLACE, VISIT, PERSON, QUOTE, LIST, NUMBER, ACRONYM, ROOT_WORD, SYNONYM, CONTEXT_VOCAB, CAUSE, CALCULATION,
    MAIN_IDEA, AGENT, OTHER;

    /** Whether the skill is about words rather than the facts of the article. */
    public boolean isVocabulary() {
        return this == ROOT_WORD || this == SYNONYM || this == CONTEXT_VOCAB;
    }
}
