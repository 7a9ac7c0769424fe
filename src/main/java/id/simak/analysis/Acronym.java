package id.simak.analysis;

/** An abbreviation the text spells out, such as "Badan Pusat Statistik (BPS)". */
public record Acronym(String shortForm, String longForm, int sentence) {}
