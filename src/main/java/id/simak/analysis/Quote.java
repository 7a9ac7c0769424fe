package id.simak.analysis;

/** A direct quote (without its quotation marks) and the full name of its speaker, or null when unknown. */
public record Quote(String text, String speaker, int sentence) {}
