package id.simak.progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import id.simak.progress.ProgressCalculator.ReviewDays;
import id.simak.srs.CardPhase;

/**
 * A learner's review log summed up by study day ({@link ReviewDays}), kept in memory until the log changes. Reading
 * and summing 20,000 reviews was most of the progress page's time (docs/benchmarks.md, "Review loop, fourth pass");
 * the database tells cheaply whether the log changed: the number of the learner's reviews, their highest id and the
 * sum of their ids, read from the index that starts with the learner. A review written, taken back or deleted with
 * its card, on this app node or on another one sharing the database, changes that stamp, so a page never shows a
 * summary of a log that is no longer the learner's. This rests on log rows never being changed in place (the app
 * only inserts and deletes them); a change that kept the count, the highest id and the sum of ids would go unseen.
 * The cache holds the most recently used learners only.
 */
@ApplicationScoped
class ReviewHistory {

    static final int LEARNERS = 512;

    /** What identifies a learner's log: the count, highest id and sum of ids of its rows. */
    record Stamp(long count, long maxId, long sumIds) {}

    private record Entry(Stamp stamp, ReviewDays days) {}

    private static final String STAMP = "select count(*), max(id), sum(id) from review_log where owner_id = ?";
    private static final String LOG = "select id, reviewed_at, rating, phase_before from review_log where owner_id = ?";

    private final DataSource dataSource;
    private final Map<Long, Entry> cache = new LinkedHashMap<>(LEARNERS, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            return size() > LEARNERS;
        }
    };

    ReviewHistory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The learner's log by study day as it is in the database now. */
    ReviewDays of(long ownerId, ProgressCalculator calculator) {
        try (Connection c = dataSource.getConnection()) {
            Stamp now = stamp(c, ownerId);
            synchronized (cache) {
                Entry e = cache.get(ownerId);
                if (e != null && e.stamp().equals(now)) {
                    return e.days();
                }
            }
            Entry read = read(c, ownerId, calculator);
            synchronized (cache) {
                cache.put(ownerId, read);
            }
            return read.days();
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the review log of " + ownerId, e);
        }
    }

    /** Forgets every learner's summary (tests). */
    void clear() {
        synchronized (cache) {
            cache.clear();
        }
    }

    private static Stamp stamp(Connection c, long ownerId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(STAMP)) {
            s.setLong(1, ownerId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new Stamp(r.getLong(1), r.getLong(2), r.getLong(3));
            }
        }
    }

    /** The summary and the stamp of the very rows summed up, so a review written meanwhile is never hidden. */
    private static Entry read(Connection c, long ownerId, ProgressCalculator calculator) throws SQLException {
        ProgressCalculator.ReviewDaysBuilder days = calculator.reviewDays();
        long count = 0;
        long maxId = 0;
        long sumIds = 0;
        try (PreparedStatement s = c.prepareStatement(LOG)) {
            s.setLong(1, ownerId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    count++;
                    maxId = Math.max(maxId, id);
                    sumIds += id;
                    days.add(r.getObject(2, OffsetDateTime.class).toInstant(), r.getInt(3), CardPhase.valueOf(r.getString(4)));
                }
            }
        }
        return new Entry(new Stamp(count, maxId, sumIds), days.done());
    }
}
