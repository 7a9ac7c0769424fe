package id.simak.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The order of a day's review session: cards already learned whose time has come, the most forgotten
 * (lowest retrievability) first, then new cards up to the day's allowance, oldest first; within each group no
 * two cards of the same skill or the same article follow each other while another card could go between.
 * Plain Java, so the rules are unit-tested without a database.
 */
public final class DueQueue {

    /**
     * What the order needs to know of a card.
     *
     * @param id             the card id
     * @param isNew          never reviewed
     * @param due            when it is due
     * @param retrievability predicted recall now (0 for a new card)
     * @param skill          what it trains
     * @param articleId      the article it comes from, or null
     * @param createdAt      when it joined the queue (what orders new cards; may be null for the others)
     */
    public record Entry(long id, boolean isNew, Instant due, double retrievability, String skill, Long articleId,
            Instant createdAt) {
    }

    private static final Comparator<Entry> MOST_FORGOTTEN_FIRST = Comparator.comparingDouble(Entry::retrievability)
            .thenComparing(Entry::due).thenComparingLong(Entry::id);
    private static final Comparator<Entry> OLDEST_FIRST = Comparator.comparing(Entry::createdAt)
            .thenComparingLong(Entry::id);

    private DueQueue() {
    }

    /**
     * The session: {@code due} (cards in review or learning that are due) before {@code fresh} (new cards), of
     * which at most {@code newAllowance} are taken.
     */
    public static List<Entry> order(List<Entry> due, List<Entry> fresh, int newAllowance) {
        return order(due, fresh, newAllowance, null);
    }

    /**
     * The same, continuing after {@code previous} (the card just reviewed, or null): the session is worked out
     * again after every review, and its first card should not repeat the skill or article just seen.
     */
    public static List<Entry> order(List<Entry> due, List<Entry> fresh, int newAllowance, Entry previous) {
        List<Entry> reviews = new ArrayList<>(due);
        reviews.sort(MOST_FORGOTTEN_FIRST);
        List<Entry> news = new ArrayList<>(fresh);
        news.sort(OLDEST_FIRST);
        if (news.size() > Math.max(0, newAllowance)) {
            news = new ArrayList<>(news.subList(0, Math.max(0, newAllowance)));
        }
        List<Entry> out = new ArrayList<>(reviews.size() + news.size() + 1);
        if (previous != null) {
            out.add(previous);
        }
        interleave(reviews, out);
        interleave(news, out);
        return previous == null ? out : out.subList(1, out.size());
    }

    /**
     * Appends {@code cards} in their priority order, except that each next card is the first one that shares
     * neither skill nor article with the card before it; failing that, the first that differs in one of them;
     * failing that, simply the first.
     */
    static void interleave(List<Entry> cards, List<Entry> out) {
        List<Entry> left = new ArrayList<>(cards);
        while (!left.isEmpty()) {
            Entry previous = out.isEmpty() ? null : out.get(out.size() - 1);
            int pick = 0;
            if (previous != null) {
                int partly = -1;
                int fully = -1;
                for (int i = 0; i < left.size() && fully < 0; i++) {
                    boolean sameSkill = Objects.equals(left.get(i).skill(), previous.skill());
                    boolean sameArticle = previous.articleId() != null
                            && Objects.equals(left.get(i).articleId(), previous.articleId());
                    if (!sameSkill && !sameArticle) {
                        fully = i;
                    } else if (partly < 0 && (!sameSkill || !sameArticle)) {
                        partly = i;
                    }
                }
                pick = fully >= 0 ? fully : partly >= 0 ? partly : 0;
            }
            out.add(left.remove(pick));
        }
    }
}
