package id.simak.analysis;

/** A place named in the text; {@code code} is the ISO 3166-1 alpha-2 code for a country, else null. */
public record Place(String text, Kind kind, String code, int sentence) {

    public enum Kind { COUNTRY, REGION, CITY, PROVINCE, OTHER }

    /**
     * Whether a name opens with the short form of an office or a body ("Kemenag Kendal", "Pemkab Garut", "Polres
     * Bima"): the office of a town, not the town.
     */
    public static boolean namesBody(String name) {
        String first = name.strip().split("\\s+", 2)[0];
        return PersonNames.isBodyShortForm(first);
    }
}
