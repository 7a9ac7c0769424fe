package id.simak.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import id.simak.srs.CardPhase;
import id.simak.srs.CardState;
import id.simak.web.ApiException;
import id.simak.web.Paging;
import id.simak.web.Problem;
import id.simak.web.TextRules;

/**
 * A learner's own cards as a list she manages (the card browser): read a page at a time with a filter by state and
 * a text search, and set aside (suspend), resumed, reset to new, deleted or given a note. Only the card's owner
 * sees or changes it; the list shows a card's front and the learner's note, never its answer.
 */
@ApplicationScoped
public class CardBrowser {

    /** The longest search text. */
    static final int MAX_SEARCH = 100;

    /** Which cards the list shows. */
    public enum State {
        /** every card */
        ALL,
        /** reviewed before and due now */
        DUE,
        /** never reviewed */
        NEW,
        /** in its learning or relearning steps */
        LEARNING,
        /** learned, not due yet */
        REVIEW,
        /** set aside by the learner */
        SUSPENDED;

        /** The state a query parameter names ({@code due}, {@code new} ...; empty is every card). */
        public static State parse(String value) {
            if (value == null || value.isBlank()) {
                return ALL;
            }
            for (State s : values()) {
                if (s.name().equalsIgnoreCase(value.strip())) {
                    return s;
                }
            }
            throw ApiException.invalid("state", "state harus salah satu dari all, due, new, learning, review, "
                    + "suspended.");
        }

        /** The value as the page and the API write it. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The message key of the state's name on the page. */
        public String key() {
            return "browse_state_" + code();
        }
    }

    /**
     * One card in the list: what its front asks, where it comes from, where it stands and the learner's note.
     * Never the answer: the list is for finding and managing cards, the answer is earned by reviewing them.
     */
    public record Listed(long id, Card.Kind kind, String skill, String front, Long articleId, String articleTitle,
            CardPhase phase, Instant due, boolean dueNow, boolean suspended, int reps, int lapses, String note,
            Instant createdAt) {

        /** A card of a word from the reader (its sides may be changed), not of a question. */
        public boolean wordCard() {
            return kind == Card.Kind.WORD;
        }

        /** Never reviewed (nothing to make new again). */
        public boolean fresh() {
            return phase == CardPhase.NEW;
        }

        /** The message key of the card's skill, for the page. */
        public String skillKey() {
            return "skill_" + skill;
        }

        /** The message key of the card's state, for the page. */
        public String stateKey() {
            if (suspended) {
                return "browse_state_suspended";
            }
            if (phase == CardPhase.NEW) {
                return "browse_state_new";
            }
            if (dueNow) {
                return "browse_state_due";
            }
            return phase == CardPhase.REVIEW ? "browse_state_review" : "browse_state_learning";
        }
    }

    private final ReviewClock clock;

    CardBrowser(ReviewClock clock) {
        this.clock = clock;
    }

    /** One page of the learner's cards in the given state whose word, question, note or article holds {@code search}. */
    @Transactional
    public Paging.Slice<Listed> list(long ownerId, State state, String search, Paging paging) {
        Instant now = clock.now();
        StringBuilder where = new StringBuilder(" where c.ownerId = :owner");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("owner", ownerId);
        switch (state) {
            case DUE -> {
                where.append(" and c.suspended = false and c.phase <> :new and c.due <= :now");
                parameters.put("new", CardPhase.NEW);
                parameters.put("now", now);
            }
            case NEW -> {
                where.append(" and c.suspended = false and c.phase = :new");
                parameters.put("new", CardPhase.NEW);
            }
            case LEARNING -> {
                where.append(" and c.suspended = false and c.phase in :learning");
                parameters.put("learning", List.of(CardPhase.LEARNING, CardPhase.RELEARNING));
            }
            case REVIEW -> {
                where.append(" and c.suspended = false and c.phase = :review");
                parameters.put("review", CardPhase.REVIEW);
            }
            case SUSPENDED -> where.append(" and c.suspended = true");
            case ALL -> {
            }
        }
        String text = search == null ? "" : search.strip();
        if (!text.isEmpty()) {
            if (text.length() > MAX_SEARCH) {
                throw ApiException.invalid("q", "Teks pencarian paling panjang " + MAX_SEARCH + " karakter.");
            }
            String problem = TextRules.problem(text);
            if (problem != null) {
                throw ApiException.invalid("q", problem);
            }
            where.append(" and (lower(c.word) like :text escape '!' or lower(q.prompt) like :text escape '!'"
                    + " or lower(c.note) like :text escape '!' or lower(a.title) like :text escape '!')");
            parameters.put("text", "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
        }
        String from = " from Card c left join c.question q left join Article a on a.id = c.articleId";
        TypedQuery<Long> count = Card.getEntityManager().createQuery("select count(c)" + from + where, Long.class);
        TypedQuery<Object[]> rows = Card.getEntityManager().createQuery("select c, q.prompt, a.title" + from + where
                + " order by c.createdAt desc, c.id desc", Object[].class);
        parameters.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        rows.setFirstResult(paging.offset()).setMaxResults(paging.size());
        List<Listed> items = new ArrayList<>();
        for (Object[] r : rows.getResultList()) {
            Card c = (Card) r[0];
            String front = c.kind == Card.Kind.WORD ? c.word : (String) r[1];
            items.add(new Listed(c.id, c.kind, c.skill, front, c.articleId, (String) r[2], c.phase, c.due,
                    !c.suspended && c.phase != CardPhase.NEW && !c.due.isAfter(now), c.suspended, c.reps, c.lapses,
                    c.note, c.createdAt));
        }
        return new Paging.Slice<>(items, paging, count.getSingleResult());
    }

    /** Sets the card aside: it is never shown for review until resumed; its schedule is kept. */
    @Transactional
    public void suspend(long ownerId, long cardId) {
        owned(ownerId, cardId).suspended = true;
    }

    /** Brings a suspended card back into the reviews, where its schedule left it. */
    @Transactional
    public void resume(long ownerId, long cardId) {
        owned(ownerId, cardId).suspended = false;
    }

    /** Makes the card new again (due at once, as if never reviewed); its past reviews stay in the log. */
    @Transactional
    public void reset(long ownerId, long cardId) {
        Card c = owned(ownerId, cardId);
        c.apply(CardState.newCard(c.id, clock.now()));
    }

    /** Deletes the card and its reviews. */
    @Transactional
    public void delete(long ownerId, long cardId) {
        Card c = owned(ownerId, cardId);
        CardReview.delete("cardId", c.id);
        c.delete();
    }

    /** Keeps the learner's note on the card (blank removes it); shown on the card's back. */
    @Transactional
    public void note(long ownerId, long cardId, String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > Card.NOTE_LENGTH) {
            throw ApiException.invalid("note", "Catatan paling panjang " + Card.NOTE_LENGTH + " karakter.");
        }
        String problem = TextRules.problem(text);
        if (problem != null) {
            throw ApiException.invalid("note", problem);
        }
        owned(ownerId, cardId).note = text.isEmpty() ? null : text;
    }

    /** Most synonyms a learner keeps on the back of a word card. */
    public static final int MAX_SYNONYMS = 20;

    /**
     * Changes a word card's sides: the front (the word) and the back (its root and synonyms), as the learner wants
     * to learn them. A question card follows its question and cannot be changed (409); a word the learner already
     * has on another card is refused (409); nothing is stored when a field is wrong (400 naming it).
     */
    @Transactional
    public void editWord(long ownerId, long cardId, String word, String root, List<String> synonyms) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String front = oneLine(word, "word", "Kata", errors);
        if (front != null && front.isEmpty()) {
            errors.add(new Problem.FieldError("word", "Kata di depan kartu wajib diisi."));
        }
        String base = oneLine(root, "root", "Kata dasar", errors);
        List<String> kept = new ArrayList<>();
        for (String synonym : synonyms == null ? List.<String>of() : synonyms) {
            String w = oneLine(synonym, "synonyms", "Sinonim", errors);
            if (w == null) {
                break;
            }
            if (!w.isEmpty() && !kept.contains(w)) {
                kept.add(w);
            }
        }
        if (kept.size() > MAX_SYNONYMS) {
            errors.add(new Problem.FieldError("synonyms", "Paling banyak " + MAX_SYNONYMS + " sinonim."));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "Data tidak valid", errors.get(0).message(), errors);
        }
        Card c = owned(ownerId, cardId);
        if (c.kind != Card.Kind.WORD) {
            throw ApiException.conflict("Hanya kartu kata yang dapat diubah sisinya; kartu soal mengikuti soalnya.");
        }
        if (!front.equals(c.word) && Card.count("ownerId = ?1 and kind = ?2 and word = ?3 and id <> ?4", ownerId,
                Card.Kind.WORD, front, c.id) > 0) {
            throw ApiException.conflict("Anda sudah punya kartu kata \u201c" + front + "\u201d.");
        }
        c.word = front;
        c.root = base.isEmpty() ? null : base;
        c.synonyms = List.copyOf(kept);
    }

    /**
     * A word typed on one line of at most 100 characters (the column's size), stripped; null after adding the
     * problem to {@code errors}.
     */
    private static String oneLine(String value, String field, String label, List<Problem.FieldError> errors) {
        String text = value == null ? "" : value.strip();
        String problem = text.length() > 100 ? label + " paling panjang 100 karakter."
                : text.contains("\n") || text.contains("\t") ? label + " ditulis pada satu baris."
                : TextRules.problem(text);
        if (problem != null) {
            errors.add(new Problem.FieldError(field, problem));
            return null;
        }
        return text;
    }

    /** The learner's card, locked for the change; another learner's card is as absent as a missing one (404). */
    private static Card owned(long ownerId, long cardId) {
        Card c = Card.findById(cardId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || c.ownerId != ownerId) {
            throw ApiException.notFound("Kartu " + cardId + " tidak ada.");
        }
        return c;
    }
}
