package id.simak.analysis;

/**
 * A date as written ({@code text}) and its ISO 8601 value: {@code yyyy}, {@code yyyy-MM}, {@code yyyy-MM-dd},
 * {@code --MM-dd} when the year is not said, {@code a/b} for a range. {@code relativeTo} is the value a
 * relative date ("tahun berikutnya") was resolved from, else null.
 */
public record DateMention(String text, String value, int sentence, String relativeTo) {}
