package id.simak.analysis;

/** An abbreviation the text spells out, such as "konferensi tingkat tinggi (KTT)". */
public record Acronym(String shortForm, String longForm, int sentence) {}
