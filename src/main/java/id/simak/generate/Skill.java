package id.simak.generate;

/** What a question trains: a kind of fact of the article, or a kind of vocabulary knowledge. */
public enum Skill { DATE, PLACE, VISIT, PERSON, QUOTE, LIST, NUMBER, ACRONYM, ROOT_WORD, SYNONYM, CONTEXT_VOCAB }
