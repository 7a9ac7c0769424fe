package id.simak.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import id.simak.web.LearnerToday;

/** The home page's one line of progress: the streak and today's reviews, as the progress page counts them. */
@ApplicationScoped
public class TodayStreak implements LearnerToday.Streak {

    private final ProgressService progress;

    TodayStreak(ProgressService progress) {
        this.progress = progress;
    }

    @Override
    @Transactional
    public LearnerToday.Days of(long accountId) {
        ProgressService.View v = progress.view(accountId);
        return new LearnerToday.Days(v.figures().streakDays(), v.figures().doneToday());
    }
}
