package id.simak.analysis;

import java.util.List;

/**
 * A list the text spells out ("A, B, C, dan D"); {@code head} is the word that introduces it (such as
 * "prinsip" or "memerangi"), or null; {@code inQuote} tells whether it stands inside a direct quote.
 */
public record Enumeration(List<String> items, int sentence, String head, boolean inQuote) {}
