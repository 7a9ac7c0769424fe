package id.simak.analysis;

/** A place named in the text; {@code code} is the ISO 3166-1 alpha-2 code for a country, else null. */
public record Place(String text, Kind kind, String code, int sentence) {

    public enum Kind { COUNTRY, REGION, CITY, PROVINCE, OTHER }
}
