package id.simak.analysis;

/** The opening "PLACE, date (Agency) --" of a news text; {@code date} is an ISO 8601 value or null. */
public record Dateline(String place, String date, String agency, String text) {}
