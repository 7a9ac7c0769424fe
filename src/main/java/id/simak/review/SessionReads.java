package id.simak.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import id.simak.quiz.StringListConverter;
import id.simak.srs.CardPhase;
import id.simak.srs.CardState;
import id.simak.srs.FsrsScheduler;
import id.simak.srs.MemoryState;

/**
 * What a review session reads, in plain SQL and as values: the learner's counts, parameters, last reviewed card and
 * next due time in one statement, the due (and learn-ahead) and new cards' ordering columns in a second, and the
 * shown page's cards in a third. Read through Hibernate (HQL, entities) the same session took nine to eleven
 * statements and most of the review page's CPU time (docs/benchmarks.md, "Review loop, third pass"). Nothing here
 * is written, so no transaction is needed: the caller passes one connection ({@link #connection()}) for all of a
 * session's statements (the transaction's own, when the caller holds one).
 */
@ApplicationScoped
class SessionReads {

    private static final StringListConverter LISTS = new StringListConverter();

    private final DataSource dataSource;

    SessionReads(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A connection for one session's reads: outside a transaction a pooled connection in auto-commit mode (a read
     * commits nothing and costs no transaction), inside one the transaction's own.
     */
    Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("No connection for the review session", e);
        }
    }

    /**
     * The learner's standing: new cards first reviewed since the day began, cards still new (not suspended), their
     * fitted parameters (null before the first fit), the card of their last review (null when they have none;
     * {@code lastSkill} and {@code lastArticleId} are its skill and article), and the due time of the first card
     * already reviewed (not suspended) that is due after {@code now} (null when there is none).
     */
    record Standing(long newToday, long newWaiting, String parameters, Long lastCardId, String lastSkill,
            Long lastArticleId, Instant nextDue) {

        boolean hasReview() {
            return lastCardId != null;
        }
    }

    private static final String STANDING = "select "
            + "(select count(*) from review_log where owner_id = ? and phase_before = 'NEW' and reviewed_at >= ?), "
            + "(select count(*) from card where owner_id = ? and phase = 'NEW' and suspended = false), "
            + "(select parameters from learner_parameters where account_id = ?), "
            + "l.card_id, c.skill, c.article_id, "
            // the index on (owner_id, due) gives it without reading the learner's other cards
            + "(select n.due from card n where n.owner_id = ? and n.due > ? and n.phase <> 'NEW' "
            + "and n.suspended = false order by n.due limit 1) "
            + "from (select 1 as one) x "
            // the last review as CardReview.lastOf finds it: the newest time first, then the highest id at that
            // time (ordering the whole log by time and id read the newest 32 reviews from 32 pages on PostgreSQL)
            + "left join (select r.card_id from review_log r where r.owner_id = ? and r.reviewed_at = "
            + "(select max(m.reviewed_at) from review_log m where m.owner_id = ?) order by r.id desc limit 1) l on 1 = 1 "
            + "left join card c on c.id = l.card_id";

    Standing standing(Connection c, long ownerId, Instant dayStart, Instant now) {
        try (PreparedStatement s = c.prepareStatement(STANDING)) {
            s.setLong(1, ownerId);
            s.setObject(2, time(dayStart));
            s.setLong(3, ownerId);
            s.setLong(4, ownerId);
            s.setLong(5, ownerId);
            s.setObject(6, time(now));
            s.setLong(7, ownerId);
            s.setLong(8, ownerId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new Standing(r.getLong(1), r.getLong(2), r.getString(3), longOrNull(r, 4), r.getString(5),
                        longOrNull(r, 6), instant(r, 7));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the review session's standing failed", e);
        }
    }

    /**
     * What the session's order needs of a card, and no more: its phase and due time, its memory and last review
     * (for the retrievability), its skill and article (to interleave) and, for a new card, its age (new cards go
     * oldest first; null for the others).
     */
    record Queued(long id, CardPhase phase, Instant due, MemoryState memory, Instant lastReview, String skill,
            Long articleId, Instant createdAt) {

        boolean isNew() {
            return phase == CardPhase.NEW;
        }

        double retrievability(FsrsScheduler scheduler, Instant now) {
            return scheduler.retrievability(memory, lastReview, now);
        }

        DueQueue.Entry entry(double retrievability) {
            return new DueQueue.Entry(id, isNew(), due, retrievability, skill, articleId, createdAt);
        }
    }

    private static final String QUEUED = "select id, phase, due, stability, difficulty, last_review, skill, article_id, "
            + "created_at from card ";
    private static final String DUE = QUEUED
            + "where owner_id = ? and phase <> 'NEW' and due <= ? and suspended = false";
    // The union inside a derived table: H2 keeps a parsed statement for reuse (QUERY_CACHE_SIZE) unless it is a
    // union, and parsing this one took about as long as running it.
    private static final String DUE_AND_NEW = "select * from (" + DUE + " union all (" + QUEUED
            + "where owner_id = ? and phase = 'NEW' and suspended = false order by created_at, id limit ?)) u";

    /**
     * The learner's cards already reviewed that are due by {@code until} and, when {@code newLimit} > 0, their
     * oldest {@code newLimit} new cards (oldest first, after the due ones); suspended cards never. Without new cards
     * the statement is a plain range read (no union).
     */
    List<Queued> queued(Connection c, long ownerId, Instant until, int newLimit) {
        String sql = newLimit > 0 ? DUE_AND_NEW : DUE;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, ownerId);
            s.setObject(2, time(until));
            if (newLimit > 0) {
                s.setLong(3, ownerId);
                s.setInt(4, newLimit);
            }
            List<Queued> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    CardPhase phase = CardPhase.valueOf(r.getString(2));
                    // only new cards are ordered by age (DueQueue): the others' creation time is not converted
                    out.add(new Queued(r.getLong(1), phase, instant(r, 3),
                            CardState.memory(r.getDouble(4), r.getDouble(5)), instant(r, 6), r.getString(7),
                            longOrNull(r, 8), phase == CardPhase.NEW ? instant(r, 9) : null));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the review session's cards failed", e);
        }
    }

    /** The rest of a shown card: its scheduling state and what its front shows. */
    record Shown(CardState state, Card.Kind kind, String word, String sentence, Integer sentenceIndex,
            String questionType, String prompt, List<String> items, List<String> choices) {
    }

    private static final String SHOWN = "select c.id, c.phase, c.step, c.due, c.stability, c.difficulty, c.ease, "
            + "c.interval_days, c.reps, c.lapses, c.last_review, c.kind, c.word, c.sentence, c.sentence_index, "
            + "q.type, q.prompt, q.items, q.choices from card c left join quiz_question q on q.id = c.question_id "
            + "where c.owner_id = ? and c.id in (";

    /** The learner's cards with these ids (those that are theirs), by id. */
    Map<Long, Shown> shown(Connection c, long ownerId, Collection<Long> ids) {
        Map<Long, Shown> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        StringBuilder sql = new StringBuilder(SHOWN);
        for (int i = 0; i < ids.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(')');
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            s.setLong(1, ownerId);
            int i = 2;
            for (Long id : ids) {
                s.setLong(i++, id);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    CardState state = new CardState(r.getLong(1), CardPhase.valueOf(r.getString(2)), r.getInt(3),
                            instant(r, 4), r.getDouble(5), r.getDouble(6), r.getDouble(7), r.getInt(8), r.getInt(9),
                            r.getInt(10), instant(r, 11));
                    String type = r.getString(16);
                    out.put(state.cardId(), new Shown(state, Card.Kind.valueOf(r.getString(12)), r.getString(13),
                            r.getString(14), intOrNull(r, 15), type, r.getString(17),
                            type == null ? List.of() : LISTS.convertToEntityAttribute(r.getString(18)),
                            type == null ? List.of() : LISTS.convertToEntityAttribute(r.getString(19))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the review session's shown cards failed", e);
        }
    }

    private static OffsetDateTime time(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Long longOrNull(ResultSet r, int column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : v;
    }

    private static Integer intOrNull(ResultSet r, int column) throws SQLException {
        int v = r.getInt(column);
        return r.wasNull() ? null : v;
    }
}
