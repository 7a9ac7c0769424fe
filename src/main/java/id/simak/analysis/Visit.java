package id.simak.analysis;

import java.util.List;

/** Who went where and when ({@code when} is an ISO 8601 value or null); {@code places} as the text names them. */
public record Visit(String visitor, List<String> places, String when, int sentence, String kind) {}
