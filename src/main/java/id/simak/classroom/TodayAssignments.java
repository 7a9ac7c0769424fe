package id.simak.classroom;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import id.simak.account.Account;
import id.simak.classroom.ClassViews.AssignmentView;
import id.simak.web.LearnerToday;

/** The home page's list of a learner's assignments: soonest due first, with their state; withdrawn ones left out. */
@ApplicationScoped
public class TodayAssignments implements LearnerToday.Assignments {

    private final ClassService classes;

    TodayAssignments(ClassService classes) {
        this.classes = classes;
    }

    @Override
    @Transactional
    public List<LearnerToday.Assignment> of(long accountId, Locale locale) {
        Account learner = Account.findById(accountId);
        if (learner == null || learner.isTeacher()) {
            return List.of();
        }
        Locale language = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH
                : ClassService.INDONESIAN;
        return ClassPageSupport.inLanguage(classes.assignmentsOf(learner), classes, language).stream()
                .filter(a -> !a.isWithdrawn())
                .map(TodayAssignments::line)
                .toList();
    }

    private static LearnerToday.Assignment line(AssignmentView a) {
        return new LearnerToday.Assignment(a.setTitle(), a.className(), a.due(), a.dueText(), a.overdue(), a.state(),
                a.result() == null ? null : a.result().percent(), a.result() == null ? null : a.result().finishedText(),
                a.quizUrl());
    }
}
