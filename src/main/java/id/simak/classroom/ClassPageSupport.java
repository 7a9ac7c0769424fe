package id.simak.classroom;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.simak.classroom.ClassViews.AssignmentView;

/** What the teacher's and the learner's class pages share: the language of dates and the known notices. */
final class ClassPageSupport {

    /** The notices shown after a redirect ({@code ?pesan=key}); only these keys are shown. */
    private static final Set<String> NOTICES = Set.of("created", "renamed", "archived", "restored", "deleted",
            "code_changed", "member_removed", "assigned", "assignment_changed", "assignment_removed", "joined",
            "already_member", "left");

    private ClassPageSupport() {
    }

    /** The bundle key of a notice ("flash_joined"), or null for an unknown one. */
    static String flash(String key) {
        return key != null && NOTICES.contains(key) ? "flash_" + key : null;
    }

    /** The page's language, from the language cookie: Indonesian unless English was chosen. */
    static Locale locale(String languageCookie) {
        return "en".equals(languageCookie) ? Locale.ENGLISH : ClassService.INDONESIAN;
    }

    /** The assignments with their due dates written in the page's language. */
    static List<AssignmentView> inLanguage(List<AssignmentView> assignments, ClassService classes, Locale locale) {
        if (locale.equals(ClassService.INDONESIAN)) {
            return assignments;
        }
        return assignments.stream()
                .map(a -> a.withDueText(DueDate.format(a.due().toInstant(), classes.zone(), locale),
                        a.result() == null ? null
                                : DueDate.format(a.result().finishedAt().toInstant(), classes.zone(), locale)))
                .toList();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
