package id.simak.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A person with their full name, their role when the text gives one, and every way the text refers to them. */
public record Person(String name, String role, List<String> mentions) {

    /** Words before an office that say it is held no longer: "Mantan Wakil Bupati", "eks Kapolres". */
    static final Set<String> FORMER = Set.of("mantan", "eks", "bekas");

    /** The office a role says was held before ("Wakil Bupati X" of "Mantan Wakil Bupati X"), or null for a current one. */
    public static String formerOffice(String role) {
        if (role == null) {
            return null;
        }
        int space = role.indexOf(' ');
        return space > 0 && FORMER.contains(role.substring(0, space).toLowerCase(Locale.ROOT))
                ? role.substring(space + 1).strip() : null;
    }
}
