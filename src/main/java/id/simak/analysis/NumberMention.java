package id.simak.analysis;

/** A quantity in digits or in words, its numeric value and the unit that follows it (or null). */
public record NumberMention(String text, double value, String unit, int sentence) {}
