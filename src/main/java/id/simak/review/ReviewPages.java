package id.simak.review;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import id.simak.account.Account;
import id.simak.account.Viewer;
import id.simak.srs.Rating;
import id.simak.web.ApiException;
import id.simak.web.Flash;
import id.simak.web.LanguageFilter;
import id.simak.web.Paging;

/**
 * The learner's daily flashcard review, one card at a time (front, answer, rating), and the reader's word
 * popover. Every step works as a plain form; with htmx ({@code HX-Request}) only the review panel is swapped.
 */
@Path("/ulasan")
@Produces(MediaType.TEXT_HTML)
public class ReviewPages {

    private static final long MAX_DURATION_MS = 3_600_000L;

    @Inject
    ReviewService reviews;

    @Inject
    VocabularyCards vocabulary;

    @Inject
    ReviewClock clock;

    @Inject
    Viewer viewer;

    @Inject
    CardBrowser browser;

    @Inject
    ReviewSettings settings;

    /** One answer button: the rating, its key, and the wait it would give. */
    public record RatingOption(Rating rating, int grade, IntervalLabel interval, boolean proposed) {

        public String nameKey() {
            return "rating_" + rating.name();
        }

        public String cssName() {
            return rating.name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The back of the card being reviewed: the answer buttons, and for a choice question what was chosen and
     * whether it was right (null when the card was simply turned over).
     */
    public record Answer(List<RatingOption> options, Boolean correct, Set<Integer> chosen, Set<Integer> right,
            String clientReviewId) {

        public boolean isGraded() {
            return correct != null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance session(ReviewService.Session session, CardView card, Answer answer,
                long shownAt, String notice, String flash);

        static native TemplateInstance panel(ReviewService.Session session, CardView card, Answer answer,
                long shownAt, String notice);

        static native TemplateInstance word(VocabularyCards.Word word, String notice);

        static native TemplateInstance cards(CardsPage page);

        static native TemplateInstance editWord(WordForm form);
    }

    /**
     * The form that changes a word card's sides: the values shown (as stored, or as typed when refused), the
     * messages by field, and the card list the learner came from, to go back to.
     */
    public record WordForm(long cardId, String word, String root, String synonyms, Map<String, String> errors,
            ListPlace place) {

        /** The card list the learner came from, with its filter and page. */
        public String backUrl() {
            CardsPage target = new CardsPage(null, List.of(), state(place.state).code(),
                    place.search == null ? "" : place.search.strip(), List.of(), null, null, null, null, 0);
            Paging paging = Paging.lenient(place.page, place.size);
            return "/ulasan/kartu?" + target.filter() + "halaman=" + paging.page() + "&ukuran=" + paging.size()
                    + "#kartu-" + cardId;
        }
    }

    /** The notices the card browser shows after a redirect ({@code ?pesan=key}); only these are shown. */
    private static final Set<String> CARD_NOTICES = Set.of("card_suspended", "card_resumed", "card_reset",
            "card_deleted", "card_note_saved", "card_word_saved");

    /** A card of the browser with its due date in words. */
    public record CardLine(CardBrowser.Listed card, String dueText) {
    }

    /**
     * The card browser's model: one page of cards, the filter and search it was asked with, a notice, and the
     * note refused (its card, message and text) when a note could not be saved.
     */
    public record CardsPage(Paging.Slice<CardBrowser.Listed> slice, List<CardLine> lines, String state, String search,
            List<CardBrowser.State> states, String flash, Long noteCard, String noteError, String noteText, long allCards) {

        /** The list's address with its filter, ready for a {@code halaman=} parameter. */
        public String pagingBase() {
            return "/ulasan/kartu?" + filter();
        }

        /** The filter as query parameters, each followed by {@code &}. */
        String filter() {
            return (state.equals("all") ? "" : "keadaan=" + state + "&")
                    + (search.isEmpty() ? "" : "cari=" + URLEncoder.encode(search, StandardCharsets.UTF_8) + "&");
        }

        public boolean filtered() {
            return !state.equals("all") || !search.isEmpty();
        }

        /** Where in the list this page is, as query parameters for a page that leads back to it. */
        public String place() {
            return filter() + "halaman=" + slice.page() + "&ukuran=" + slice.size();
        }
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance session(@QueryParam("pesan") String flash, @QueryParam("urung") String undone) {
        long owner = viewer.requiredId();
        ReviewService.Session s = reviews.session(owner);
        CardView card = s.first();
        Long undoneCard = undone == null ? null : parseId(undone);
        String notice = null;
        if (undoneCard != null) {
            try {
                card = reviews.card(owner, undoneCard).front(); // the card just undone comes back first
                notice = "undo_done";
            } catch (ApiException notTheirs) {
                // Not this learner's card: the session as it is.
            }
        }
        return Templates.session(s, card, null, clock.now().toEpochMilli(), notice, Flash.message(flash));
    }

    @GET
    @Path("kartu/{id}")
    @Operation(hidden = true)
    public TemplateInstance reveal(@PathParam("id") long id, @QueryParam("mulai") Long shownAt,
            @HeaderParam("HX-Request") String htmx) {
        long owner = viewer.requiredId();
        CardView card = reviews.card(owner, id);
        Answer answer = new Answer(options(card, null), null, Set.of(), Set.of(), UUID.randomUUID().toString());
        return show(owner, card, answer, shownAt, null, htmx);
    }

    @POST
    @Path("kartu/{id}/jawab")
    @Operation(hidden = true)
    public TemplateInstance answer(@PathParam("id") long id, @FormParam("pilihan") List<Integer> chosen,
            @FormParam("mulai") Long shownAt, @HeaderParam("HX-Request") String htmx) {
        long owner = viewer.requiredId();
        CardView card = reviews.card(owner, id);
        ReviewService.Graded graded = reviews.grade(owner, id, chosen);
        if (graded == null) {
            ReviewService.Session s = reviews.session(owner);
            return render(htmx, s, card.front(), null, shownAt == null ? clock.now().toEpochMilli() : shownAt,
                    "choose_first");
        }
        Answer answer = new Answer(options(card, graded.correct() ? Rating.GOOD : Rating.AGAIN), graded.correct(),
                graded.chosen(), graded.right(), UUID.randomUUID().toString());
        return show(owner, card, answer, shownAt, null, htmx);
    }

    @POST
    @Path("kartu/{id}/nilai")
    @Operation(hidden = true)
    public Response rate(@PathParam("id") long id, @FormParam("nilai") String rating,
            @FormParam("klien") String clientReviewId, @FormParam("mulai") Long shownAt,
            @HeaderParam("HX-Request") String htmx) {
        Rating r = ReviewResource.parseRating(rating == null ? null
                : com.fasterxml.jackson.databind.node.TextNode.valueOf(rating));
        if (r == null) {
            throw ApiException.badRequest("Nilai harus Lagi, Sulit, Baik atau Mudah.");
        }
        String client = clientReviewId == null || clientReviewId.isBlank() ? null : clientReviewId.strip();
        if (client != null && client.length() > ReviewResource.MAX_CLIENT_ID) {
            throw ApiException.badRequest("Pengenal ulasan terlalu panjang.");
        }
        long owner = viewer.requiredId();
        Instant now = clock.now();
        long duration = shownAt == null ? 0
                : Math.min(MAX_DURATION_MS, Math.max(0, now.toEpochMilli() - shownAt));
        reviews.review(owner, id, r, duration, client);
        if (htmx == null) {
            return Response.seeOther(URI.create("/ulasan")).build();
        }
        ReviewService.Session s = reviews.session(owner);
        return Response.ok(Templates.panel(s, s.first(), null, now.toEpochMilli(), null)).build();
    }

    @POST
    @Path("urungkan")
    @Operation(hidden = true)
    public Response undo(@HeaderParam("HX-Request") String htmx) {
        long owner = viewer.requiredId();
        CardView undone;
        try {
            undone = reviews.undo(owner);
        } catch (ApiException e) {
            if (e.status() != 409) {
                throw e;
            }
            undone = null;
        }
        if (htmx == null) {
            return Response.seeOther(URI.create(undone != null ? "/ulasan?urung=" + undone.id() : "/ulasan")).build();
        }
        ReviewService.Session s = reviews.session(owner);
        // The card just undone is shown again at once, as it was before its review.
        return Response.ok(Templates.panel(s, undone != null ? undone : s.first(), null, clock.now().toEpochMilli(),
                undone != null ? "undo_done" : "undo_none")).build();
    }

    /** "Tambahkan semua ke kartu" from a set's page: back where the learner came from, with a notice. */
    @POST
    @Path("kartu/set/{setId}")
    @Operation(hidden = true)
    public Response addSet(@PathParam("setId") long setId, @HeaderParam("Referer") String referer) {
        ReviewService.Added added = reviews.addSet(me(), setId);
        String notice = added.withheld() > 0 ? "cards_added_answered" : "cards_added";
        return Response.seeOther(URI.create(backTo(referer, notice))).build();
    }

    @GET
    @Path("kata")
    @Operation(hidden = true)
    public TemplateInstance word(@QueryParam("artikel") long articleId, @QueryParam("kata") String word,
            @QueryParam("kalimat") Integer sentence) {
        return Templates.word(vocabulary.lookup(viewer.requiredId(), articleId, word, sentence), null);
    }

    @POST
    @Path("kata")
    @Operation(hidden = true)
    public Response addWord(@FormParam("artikel") long articleId, @FormParam("kata") String word,
            @FormParam("kalimat") Integer sentence, @HeaderParam("HX-Request") String htmx) {
        long owner = viewer.requiredId();
        VocabularyCards.AddedWord added = vocabulary.add(owner, articleId, word, sentence);
        if (htmx == null) {
            int at = added.card().sentenceIndex() == null ? 0 : added.card().sentenceIndex();
            return Response.seeOther(URI.create("/artikel/" + articleId + "?kalimat=" + at + "#kalimat-" + at))
                    .build();
        }
        VocabularyCards.Word w = vocabulary.lookup(owner, articleId, word, sentence);
        return Response.ok(Templates.word(w, added.created() ? "word_added" : "word_in_cards")).build();
    }

    // ---------------------------------------------------------------- the card browser

    /** "Kartu saya": the learner's cards a page at a time, with a filter by state and a search. */
    @GET
    @Path("kartu")
    @Operation(hidden = true)
    public TemplateInstance cards(@QueryParam("keadaan") String state, @QueryParam("cari") String search,
            @QueryParam("halaman") String page, @QueryParam("ukuran") String size, @QueryParam("pesan") String flash,
            @CookieParam(LanguageFilter.COOKIE) String language) {
        return cardsPage(viewer.requiredId(), state, search, Paging.lenient(page, size),
                flash != null && CARD_NOTICES.contains(flash) ? flash : null, null, null, null, language);
    }

    @POST
    @Path("kartu/{id}/tangguhkan")
    @Operation(hidden = true)
    public Response suspend(@PathParam("id") long id, @BeanParam ListPlace place) {
        browser.suspend(viewer.requiredId(), id);
        return backToCards(place, "card_suspended", id);
    }

    @POST
    @Path("kartu/{id}/lanjutkan")
    @Operation(hidden = true)
    public Response resume(@PathParam("id") long id, @BeanParam ListPlace place) {
        browser.resume(viewer.requiredId(), id);
        return backToCards(place, "card_resumed", id);
    }

    @POST
    @Path("kartu/{id}/jadikan-baru")
    @Operation(hidden = true)
    public Response reset(@PathParam("id") long id, @BeanParam ListPlace place) {
        browser.reset(viewer.requiredId(), id);
        return backToCards(place, "card_reset", id);
    }

    @POST
    @Path("kartu/{id}/hapus")
    @Operation(hidden = true)
    public Response delete(@PathParam("id") long id, @BeanParam ListPlace place) {
        browser.delete(viewer.requiredId(), id);
        return backToCards(place, "card_deleted", null);
    }

    @POST
    @Path("kartu/{id}/catatan")
    @Operation(hidden = true)
    public Response note(@PathParam("id") long id, @FormParam("catatan") String note, @BeanParam ListPlace place,
            @CookieParam(LanguageFilter.COOKIE) String language) {
        try {
            browser.note(viewer.requiredId(), id, note);
            return backToCards(place, "card_note_saved", id);
        } catch (ApiException e) {
            if (e.status() != 400) {
                throw e;
            }
            String message = e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message();
            return Response.status(400).entity(cardsPage(viewer.requiredId(), place.state, place.search,
                    Paging.lenient(place.page, place.size), null, id, message, note, language)).build();
        }
    }

    /** A word card's sides in a form: the word on the front, its root and synonyms (separated by commas) behind. */
    @GET
    @Path("kartu/{id}/ubah")
    @Operation(hidden = true)
    public TemplateInstance editWordForm(@PathParam("id") long id, @QueryParam("keadaan") String state,
            @QueryParam("cari") String search, @QueryParam("halaman") String page, @QueryParam("ukuran") String size) {
        CardView card = reviews.card(viewer.requiredId(), id);
        if (card.kind() != Card.Kind.WORD) {
            throw ApiException.conflict("Hanya kartu kata yang dapat diubah sisinya; kartu soal mengikuti soalnya.");
        }
        ListPlace place = new ListPlace();
        place.state = state;
        place.search = search;
        place.page = page;
        place.size = size;
        return Templates.editWord(new WordForm(id, card.word(), card.back().root() == null ? "" : card.back().root(),
                String.join(", ", card.back().synonyms() == null ? List.of() : card.back().synonyms()), Map.of(),
                place));
    }

    @POST
    @Path("kartu/{id}/ubah")
    @Operation(hidden = true)
    public Response editWord(@PathParam("id") long id, @FormParam("kata") String word, @FormParam("dasar") String root,
            @FormParam("sinonim") String synonyms, @BeanParam ListPlace place) {
        List<String> list = synonyms == null ? List.of() : List.of(synonyms.split(","));
        try {
            browser.editWord(viewer.requiredId(), id, word, root, list);
            return backToCards(place, "card_word_saved", id);
        } catch (ApiException e) {
            if (e.status() != 400) {
                throw e;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
            return Response.status(400).entity(Templates.editWord(new WordForm(id, word, root, synonyms, errors,
                    place))).build();
        }
    }

    /** Where in the card list a form was sent from: its filter, search and page. */
    public static class ListPlace {
        @FormParam("keadaan")
        public String state;
        @FormParam("cari")
        public String search;
        @FormParam("halaman")
        public String page;
        @FormParam("ukuran")
        public String size;
    }

    private TemplateInstance cardsPage(long owner, String state, String search, Paging paging, String flash,
            Long noteCard, String noteError, String noteText, String language) {
        CardBrowser.State s = state(state);
        String text = search == null ? "" : search.strip();
        Paging.Slice<CardBrowser.Listed> slice;
        try {
            slice = browser.list(owner, s, text, paging);
        } catch (ApiException badSearch) {
            text = "";
            slice = browser.list(owner, s, text, paging);
        }
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("id");
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM yyyy, HH.mm", locale).withZone(zone());
        List<CardLine> lines = slice.items().stream()
                .map(c -> new CardLine(c, c.phase() == id.simak.srs.CardPhase.NEW ? null : format.format(c.due())))
                .toList();
        long all = s == CardBrowser.State.ALL && text.isEmpty() ? slice.total()
                : browser.list(owner, CardBrowser.State.ALL, "", new Paging(1, 1)).total();
        return Templates.cards(new CardsPage(slice, lines, s.code(), text,
                List.of(CardBrowser.State.values()), flash,
                noteCard, noteError, noteText, all));
    }

    /** A state from the page's filter; an unknown one shows every card. */
    private static CardBrowser.State state(String value) {
        try {
            return CardBrowser.State.parse(value);
        } catch (ApiException unknown) {
            return CardBrowser.State.ALL;
        }
    }

    /** Back to the list the learner acted from, on the same page (the last one, when that page is now empty). */
    private Response backToCards(ListPlace place, String flash, Long cardId) {
        CardBrowser.State s = state(place.state);
        String text = place.search == null ? "" : place.search.strip();
        Paging paging = Paging.lenient(place.page, place.size);
        int page = paging.page();
        try {
            Paging.Slice<CardBrowser.Listed> slice = browser.list(viewer.requiredId(), s, text, paging);
            if (slice.items().isEmpty() && page > 1) {
                page = slice.pages();
            }
        } catch (ApiException badSearch) {
            text = "";
        }
        CardsPage target = new CardsPage(null, List.of(), s.code(), text, List.of(), null, null, null, null, 0);
        String anchor = cardId == null ? "" : "#kartu-" + cardId;
        return Response.seeOther(URI.create("/ulasan/kartu?" + target.filter() + "pesan=" + flash
                + (page == 1 ? "" : "&halaman=" + page)
                + (paging.size() == Paging.DEFAULT_SIZE ? "" : "&ukuran=" + paging.size()) + anchor)).build();
    }

    private java.time.ZoneId zone() {
        return java.time.ZoneId.of(settings.zone());
    }

    private TemplateInstance show(long owner, CardView card, Answer answer, Long shownAt, String notice,
            String htmx) {
        ReviewService.Session s = reviews.session(owner);
        return render(htmx, s, card, answer, shownAt == null ? clock.now().toEpochMilli() : shownAt, notice);
    }

    private static TemplateInstance render(String htmx, ReviewService.Session s, CardView card, Answer answer,
            long shownAt, String notice) {
        return htmx != null ? Templates.panel(s, card, answer, shownAt, notice)
                : Templates.session(s, card, answer, shownAt, notice, null);
    }

    private static List<RatingOption> options(CardView card, Rating proposed) {
        List<RatingOption> out = new ArrayList<>();
        for (Rating r : Rating.values()) {
            long seconds = card.intervals() == null ? 0 : card.intervals().getOrDefault(r, 0L);
            out.add(new RatingOption(r, r.grade(), IntervalLabel.of(seconds), r == proposed));
        }
        return out;
    }

    /** The path (and query) of a same-site referring page with {@code pesan} set, or /ulasan. */
    static String backTo(String referer, String flash) {
        String path = "/ulasan";
        String query = null;
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                if (uri.getRawPath() != null && uri.getRawPath().startsWith("/") && !uri.getRawPath().startsWith("//")) {
                    path = uri.getRawPath();
                    query = uri.getRawQuery();
                }
            } catch (IllegalArgumentException ignored) {
                // A malformed Referer sends the learner to their reviews.
            }
        }
        StringBuilder q = new StringBuilder();
        if (query != null) {
            for (String part : query.split("&")) {
                if (!part.isEmpty() && !part.startsWith("pesan=")) {
                    q.append(q.length() == 0 ? "" : "&").append(part);
                }
            }
        }
        q.append(q.length() == 0 ? "" : "&").append("pesan=").append(flash);
        return path + "?" + q;
    }

    private static Long parseId(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Account me() {
        return viewer.required();
    }
}
