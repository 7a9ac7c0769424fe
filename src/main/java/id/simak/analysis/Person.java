package id.simak.analysis;

import java.util.List;

/** A person with their full name, their role when the text gives one, and every way the text refers to them. */
public record Person(String name, String role, List<String> mentions) {}
