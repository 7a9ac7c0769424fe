package id.simak.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;

import id.simak.account.Account;
import id.simak.analysis.Sentence;
import id.simak.article.Article;
import id.simak.article.ArticleLookup;
import id.simak.article.ArticleReading;
import id.simak.generate.Question;
import id.simak.web.ApiException;
import id.simak.web.Paging;
import id.simak.web.Problem.FieldError;
import id.simak.web.SimakConfig;
import id.simak.web.TextRules;

/**
 * A teacher's work on question sets: make, rename, delete, add, edit, accept, delete and reorder questions,
 * publish and unpublish, with the rules on who may do it. Every change runs in one transaction and is checked
 * in full before anything is written, so a refused change leaves nothing half-saved.
 *
 * <p>Ownership: a set belongs to its owner (the teacher who added the article, for its generated draft; the
 * teacher who made it, for their own sets). A set without an owner is the draft of an article imported from
 * {@code seeds/}, which every teacher looks after, as they may delete such an article. {@link SetAccess} holds
 * that rule for every feature.
 *
 * <p>A generated draft that a teacher changed in any way ({@code editedAt} set) is theirs: it is no longer
 * replaced when the article's text changes; the page says its evidence may be out of date and offers to
 * regenerate it, which the teacher must ask for.
 */
@ApplicationScoped
public class SetService {

    public static final int MAX_TITLE = 300;

    private final ArticleReading reading;
    private final QuestionDrafts drafts;
    private final SetAssignments assignments;
    private final ArticleLookup articles;

    private final int maxQuestions;

    SetService(ArticleReading reading, QuestionDrafts drafts, SetAssignments assignments, ArticleLookup articles,
            SimakConfig config) {
        this.maxQuestions = config.limits().questionsPerSet();
        this.reading = reading;
        this.drafts = drafts;
        this.assignments = assignments;
        this.articles = articles;
    }

    /** A set as listed: its counts, without its questions. */
    public record SetSummary(long id, String title, String status, String origin, Long articleId, String articleTitle,
            int questions, int reviewed, boolean edited, boolean stale, Instant createdAt, Instant updatedAt,
            Instant publishedAt) {

        static SetSummary of(QuestionSet s, int questions, int reviewed) {
            return new SetSummary(s.id, s.title, s.status.name(), s.origin.name(),
                    s.article == null ? null : s.article.id, s.article == null ? null : s.article.title,
                    questions, reviewed, s.editedAt != null, s.isStale(), s.createdAt, s.updatedAt, s.publishedAt);
        }

        public boolean published() {
            return "PUBLISHED".equals(status);
        }

        public boolean generated() {
            return "GENERATED".equals(origin);
        }

        public int unreviewed() {
            return questions - reviewed;
        }

        /** The message key of the status's name, for pages. */
        public String statusKey() {
            return "set_status_" + status;
        }

        /** The message key of the origin's name, for pages. */
        public String originKey() {
            return "set_origin_" + origin;
        }
    }

    /** One question of a set with its answer, for its teacher. */
    public record QuestionView(long id, String key, int position, String type, String skill, String prompt,
            List<String> items, List<String> choices, List<String> answer, String explanation,
            id.simak.generate.Evidence evidence, boolean reviewed) {

        static QuestionView of(QuizQuestion q) {
            Question g = q.toQuestion();
            return new QuestionView(q.id, q.key, q.position, q.type, q.skill, q.prompt, g.items(), g.choices(),
                    g.answer(), g.explanation(), g.evidence(), q.reviewed);
        }

        public String skillKey() {
            return "skill_" + skill;
        }

        public String typeKey() {
            return "type_" + type;
        }
    }

    /** A checked question of the article's bank, as the set page and the API show it to a teacher. */
    public record BankQuestion(String key, String type, String skill, String difficulty, int paragraph, double score,
            String prompt, List<String> items, List<String> choices, List<String> answer, String explanation,
            id.simak.generate.Evidence evidence) {

        static BankQuestion of(Question q) {
            return new BankQuestion(q.id(), q.type().name(), q.skill().name(), q.difficulty().name(), q.paragraph(),
                    q.score(), q.prompt(), q.items(), q.choices(), q.answer(), q.explanation(), q.evidence());
        }

        public String skillKey() {
            return "skill_" + skill;
        }

        public String typeKey() {
            return "type_" + type;
        }

        public String difficultyKey() {
            return "difficulty_" + difficulty;
        }
    }

    /**
     * A set with its questions and answers, for its teacher: one page of them ({@code page}, 1-based, of
     * {@code size}) out of {@code total}; the whole set when it was not asked for by page.
     */
    public record SetDetail(SetSummary set, List<QuestionView> questions, int page, int size, long total) {

        SetDetail(SetSummary set, List<QuestionView> questions) {
            this(set, questions, 1, Math.max(1, questions.size()), questions.size());
        }

        /**
         * The page size the page's forms send back, so an action returns to a page of the same size: at least the
         * default when every question is shown at once (the draft page).
         */
        public int formSize() {
            return page == 1 && questions.size() == total ? Math.max(size, Paging.DEFAULT_SIZE) : size;
        }

        /** The page as the paging navigation shows it. */
        public Paging.Slice<QuestionView> slice() {
            return new Paging.Slice<>(questions, page, size, total);
        }
    }

    // ---- reading --------------------------------------------------------------------------------------------

    /** The teacher's own sets (those they made and the drafts of their articles), most recently changed first. */
    @Transactional
    public List<SetSummary> ownedBy(Account teacher) {
        List<QuestionSet> sets = QuestionSet.<QuestionSet>find(
                "select s from QuestionSet s left join fetch s.article where s.owner = ?1 order by s.updatedAt desc, s.id desc",
                teacher).list();
        Map<Long, int[]> counts = new HashMap<>();
        List<Object[]> rows = QuizQuestion.getEntityManager().createQuery(
                "select q.set.id, count(q), sum(case when q.reviewed = true then 1 else 0 end) from QuizQuestion q "
                        + "where q.set.owner = ?1 group by q.set.id", Object[].class)
                .setParameter(1, teacher).getResultList();
        for (Object[] r : rows) {
            counts.put((Long) r[0], new int[] { ((Number) r[1]).intValue(), r[2] == null ? 0 : ((Number) r[2]).intValue() });
        }
        return sets.stream().map(s -> {
            int[] c = counts.getOrDefault(s.id, new int[2]);
            return SetSummary.of(s, c[0], c[1]);
        }).toList();
    }

    /**
     * The sets of an article this teacher may manage, its generated draft first (made now if it is missing, left out
     * while the draft worker is still making it after start).
     */
    @Transactional
    public List<SetSummary> ofArticle(Account actor, long articleId) {
        requireTeacher(actor);
        Article article = articles.find(articleId);
        drafts.refreshUnlessPending(article);
        List<QuestionSet> sets = QuestionSet.<QuestionSet>list("article = ?1 order by origin desc, createdAt, id", article);
        return sets.stream().filter(s -> mayManage(actor, s)).map(SetService::summary).toList();
    }

    @Transactional
    public SetDetail detail(Account actor, long setId) {
        return detailOf(owned(actor, setId));
    }

    /** One page of a set's questions, in the set's order, read from the database a page at a time. */
    @Transactional
    public SetDetail detail(Account actor, long setId, Paging paging) {
        return detail(actor, setId, paging, null);
    }

    /** One page of a set's questions of one skill (all when {@code skill} is null), in the set's order. */
    @Transactional
    public SetDetail detail(Account actor, long setId, Paging paging, String skill) {
        QuestionSet set = owned(actor, setId);
        PanacheQuery<QuizQuestion> query = skill == null
                ? QuizQuestion.find("set = ?1 order by position, id", set)
                : QuizQuestion.find("set = ?1 and skill = ?2 order by position, id", set, skill);
        List<QuestionView> page = query.page(Page.of(paging.index(), paging.size())).<QuizQuestion>list().stream()
                .map(QuestionView::of).toList();
        return new SetDetail(summary(set), page, paging.page(), paging.size(), query.count());
    }

    /** The skills of a set's questions, in the order of the skill list, for the filter of the set page. */
    @Transactional
    public List<String> skillsIn(Account actor, long setId) {
        QuestionSet set = owned(actor, setId);
        Set<String> present = new HashSet<>();
        set.questions.forEach(q -> present.add(q.skill));
        return java.util.Arrays.stream(id.simak.generate.Skill.values()).map(Enum::name).filter(present::contains)
                .toList();
    }

    /** The generated draft of an article (made now if it is missing), for a teacher who may manage it. */
    @Transactional
    public SetDetail draftOf(Account actor, long articleId) {
        Article article = articles.find(articleId);
        QuestionSet set = drafts.refresh(article);
        authorise(actor, set);
        return detailOf(set);
    }

    /** The article's sentences (index, text) that a question may cite as evidence. */
    @Transactional
    public List<Sentence> sentencesOf(Account actor, long setId) {
        return sentences(owned(actor, setId));
    }

    // ---- sets ----------------------------------------------------------------------------------------------

    @Transactional
    public SetSummary create(Account teacher, Long articleId, String title) {
        requireTeacher(teacher);
        List<FieldError> errors = new ArrayList<>();
        Article article = null;
        if (articleId == null) {
            errors.add(new FieldError("articleId", "Pilih artikel yang ditanyakan set ini."));
        } else {
            article = Article.findById(articleId);
            if (article == null) {
                errors.add(new FieldError("articleId", "Artikel " + articleId + " tidak ada."));
            }
        }
        String cleanTitle = checkTitle(title, errors);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        QuestionSet set = new QuestionSet();
        set.article = article;
        set.owner = teacher;
        set.title = cleanTitle;
        set.status = QuestionSet.Status.DRAFT;
        set.origin = QuestionSet.Origin.AUTHORED;
        set.sourceHash = article.contentHash;
        set.createdAt = Instant.now();
        set.updatedAt = set.createdAt;
        set.editedAt = set.createdAt;
        set.persist();
        return SetSummary.of(set, 0, 0);
    }

    @Transactional
    public SetSummary rename(Account actor, long setId, String title) {
        QuestionSet set = owned(actor, setId);
        List<FieldError> errors = new ArrayList<>();
        String clean = checkTitle(title, errors);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        set.title = clean;
        touch(set);
        return summary(set);
    }

    @Transactional
    public void delete(Account actor, long setId) {
        QuestionSet set = owned(actor, setId);
        if (set.origin == QuestionSet.Origin.GENERATED) {
            throw ApiException.conflict("Rancangan otomatis sebuah artikel tidak dapat dihapus: hapus soal-soalnya, "
                    + "atau hapus artikelnya.");
        }
        set.delete();
    }

    @Transactional
    public SetSummary publish(Account actor, long setId) {
        QuestionSet set = owned(actor, setId);
        if (set.questions.isEmpty()) {
            throw ApiException.conflict("Set tanpa soal tidak dapat diterbitkan: tambahkan soal dulu.");
        }
        QuestionValidator validator = validator(set);
        List<FieldError> errors = new ArrayList<>();
        for (QuizQuestion q : set.questions) {
            for (FieldError e : validator.validate(QuestionValidator.formOf(q.toQuestion())).errors()) {
                errors.add(new FieldError("questions[" + q.position + "]." + e.field(),
                        "Soal nomor " + (q.position + 1) + ": " + e.message()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(409, "Set belum dapat diterbitkan", "Perbaiki dulu soal yang ditandai.", errors);
        }
        if (set.status != QuestionSet.Status.PUBLISHED) {
            set.status = QuestionSet.Status.PUBLISHED;
            set.publishedAt = Instant.now();
            touch(set);
        }
        return summary(set);
    }

    /**
     * What happens to the assignments of a set that is unpublished: {@code WITHDRAW} keeps them, shown to learners
     * as withdrawn until the set is published again; {@code REMOVE} deletes them from their classes.
     */
    public enum AssignmentChoice {
        WITHDRAW, REMOVE;

        /** The choice named in a request ("withdraw", "remove"), null when none was given. */
        public static AssignmentChoice parse(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "withdraw", "tarik" -> WITHDRAW;
                case "remove", "hapus" -> REMOVE;
                default -> throw ApiException.invalid("assignments",
                        "Pilihan untuk tugasnya harus withdraw (tarik) atau remove (hapus).");
            };
        }
    }

    /** The classes the set is assigned to (names), for the set page's unpublish confirmation. */
    @Transactional
    public List<String> assignedClasses(Account actor, long setId) {
        owned(actor, setId);
        return assignments.classesWith(setId);
    }

    /**
     * Unpublishes the set. A set assigned to a class is unpublished only when the teacher says what happens to
     * its assignments ({@code choice}); without it the answer is 409 naming the classes, and nothing changes.
     */
    @Transactional
    public SetSummary unpublish(Account actor, long setId, AssignmentChoice choice) {
        QuestionSet set = owned(actor, setId);
        if (set.status == QuestionSet.Status.DRAFT) {
            return summary(set);
        }
        List<String> classes = assignments.classesWith(setId);
        if (!classes.isEmpty() && choice == null) {
            throw new ApiException(409, "Set sedang ditugaskan",
                    "Set ini ditugaskan ke kelas " + String.join(", ", classes) + ". Pilih dulu apa yang terjadi "
                            + "pada tugasnya: ditarik (murid melihatnya sebagai ditarik sampai set terbit lagi) "
                            + "atau dihapus dari kelas.",
                    List.of(new FieldError("assignments", "Pilih: tarik tugasnya atau hapus tugasnya.")));
        }
        if (choice == AssignmentChoice.REMOVE) {
            assignments.removeAll(setId);
        }
        set.status = QuestionSet.Status.DRAFT;
        touch(set);
        return summary(set);
    }

    /** Throws the teacher's changes away and drafts the questions again from the article's current text. */
    @Transactional
    public SetDetail regenerate(Account actor, long setId) {
        QuestionSet set = editable(actor, setId);
        if (set.origin != QuestionSet.Origin.GENERATED || set.article == null) {
            throw ApiException.conflict("Hanya rancangan otomatis sebuah artikel yang dapat dibuat ulang.");
        }
        drafts.regenerate(set);
        return detailOf(set);
    }

    // ---- questions -----------------------------------------------------------------------------------------

    @Transactional
    public QuestionView addQuestion(Account actor, long setId, QuestionForm form) {
        QuestionSet set = editable(actor, setId);
        roomForOneMore(set);
        Question checked = check(set, form);
        Set<String> keys = new HashSet<>();
        set.questions.forEach(q -> keys.add(q.key));
        String key;
        do {
            key = "guru-" + UUID.randomUUID().toString().substring(0, 8);
        } while (keys.contains(key));
        QuizQuestion q = QuizQuestion.of(set, set.questions.size(), withKey(checked, key));
        q.reviewed = true;
        set.questions.add(q);
        touch(set);
        q.persist();
        return QuestionView.of(q);
    }

    /**
     * The bank of the set's article: every question the generator checked for the article's current text and the
     * set does not hold yet, best first; {@code skill} (a {@link id.simak.generate.Skill} name) keeps only that skill.
     */
    @Transactional
    public List<BankQuestion> bankOf(Account actor, long setId, String skill) {
        QuestionSet set = owned(actor, setId);
        if (set.article == null) {
            return List.of();
        }
        return drafts.bank(set.article, set).stream()
                .filter(q -> skill == null || skill.isBlank() || q.skill().name().equals(skill))
                .map(BankQuestion::of).toList();
    }

    /** Adds a question of the article's bank to the end of the set, as the teacher's choice (accepted). */
    @Transactional
    public QuestionView addFromBank(Account actor, long setId, String key) {
        QuestionSet set = editable(actor, setId);
        roomForOneMore(set);
        if (key == null || key.isBlank()) {
            throw invalid(List.of(new FieldError("key", "Pilih soal dari bank.")));
        }
        if (set.article == null) {
            throw ApiException.notFound("Set ini tidak terikat pada artikel, jadi tidak punya bank soal.");
        }
        Question chosen = drafts.bank(set.article, set).stream().filter(q -> q.id().equals(key.strip())).findFirst()
                .orElseThrow(() -> ApiException.notFound("Soal " + key.strip() + " tidak ada di bank artikel ini "
                        + "(mungkin sudah ada di set, atau teks artikel sudah berubah)."));
        QuizQuestion q = QuizQuestion.of(set, set.questions.size(), chosen);
        q.reviewed = true;
        set.questions.add(q);
        touch(set);
        q.persist();
        return QuestionView.of(q);
    }

    @Transactional
    public QuestionView updateQuestion(Account actor, long setId, long questionId, QuestionForm form) {
        QuestionSet set = editable(actor, setId);
        QuizQuestion q = question(set, questionId);
        Question checked = check(set, form);
        q.type = checked.type().name();
        q.skill = checked.skill().name();
        q.prompt = checked.prompt();
        q.items = checked.items();
        q.choices = checked.choices();
        q.answer = checked.answer();
        q.explanation = checked.explanation();
        q.evidenceSentence = checked.evidence() == null ? null : checked.evidence().sentence();
        q.evidenceText = checked.evidence() == null ? null : checked.evidence().text();
        q.reviewed = true;
        touch(set);
        return QuestionView.of(q);
    }

    @Transactional
    public QuestionView accept(Account actor, long setId, long questionId) {
        QuestionSet set = editable(actor, setId);
        QuizQuestion q = question(set, questionId);
        if (!q.reviewed) {
            q.reviewed = true;
            touch(set);
        }
        return QuestionView.of(q);
    }

    /** Deletes a question; answers the place (0-based) of the question now in its place, or of the last one. */
    @Transactional
    public int deleteQuestion(Account actor, long setId, long questionId) {
        QuestionSet set = editable(actor, setId);
        QuizQuestion q = question(set, questionId);
        int from = set.questions.indexOf(q);
        set.questions.remove(q);
        renumber(set.questions);
        touch(set);
        return Math.max(0, Math.min(from, set.questions.size() - 1));
    }

    /**
     * Accepts or deletes the chosen questions of a set at once, in one transaction: every id must be a question of
     * the set (else 404 and nothing changes). Answers how many were accepted or deleted.
     */
    @Transactional
    public int changeMany(Account actor, long setId, List<Long> questionIds, boolean delete) {
        QuestionSet set = editable(actor, setId);
        if (questionIds == null || questionIds.isEmpty()) {
            throw ApiException.invalid("questionIds", "Pilih paling sedikit satu soal.");
        }
        Set<Long> ids = new HashSet<>(questionIds);
        List<QuizQuestion> chosen = new ArrayList<>();
        for (Long id : ids) {
            chosen.add(question(set, id == null ? -1 : id));
        }
        if (delete) {
            set.questions.removeAll(chosen);
            renumber(set.questions);
        } else {
            chosen.forEach(q -> q.reviewed = true);
        }
        touch(set);
        return chosen.size();
    }

    /** Puts the questions in the given order; the list must name every question of the set exactly once. */
    @Transactional
    public SetDetail reorder(Account actor, long setId, List<Long> questionIds) {
        QuestionSet set = editable(actor, setId);
        Map<Long, QuizQuestion> byId = new HashMap<>();
        set.questions.forEach(q -> byId.put(q.id, q));
        if (questionIds == null || questionIds.size() != byId.size() || !new HashSet<>(questionIds).equals(byId.keySet())) {
            throw ApiException.invalid("questionIds", "Kirim nomor (id) setiap soal set ini tepat satu kali, dalam urutan baru.");
        }
        List<QuizQuestion> ordered = questionIds.stream().map(byId::get).toList();
        set.questions.clear();
        set.questions.addAll(ordered);
        renumber(set.questions);
        touch(set);
        return detailOf(set);
    }

    /**
     * Moves a question one place up (-1) or down (+1); at either end nothing moves. Answers the question's place
     * (0-based) afterwards.
     */
    @Transactional
    public int move(Account actor, long setId, long questionId, int step) {
        QuestionSet set = editable(actor, setId);
        QuizQuestion q = question(set, questionId);
        int from = set.questions.indexOf(q);
        int to = from + Integer.signum(step);
        if (to < 0 || to >= set.questions.size()) {
            return from;
        }
        List<QuizQuestion> ordered = new ArrayList<>(set.questions);
        ordered.remove(from);
        ordered.add(to, q);
        set.questions.clear();
        set.questions.addAll(ordered);
        renumber(set.questions);
        touch(set);
        return to;
    }

    // ---- rules ---------------------------------------------------------------------------------------------

    /** Whether this account may see (with answers) and change the set: {@link SetAccess#mayManage}. */
    public static boolean mayManage(Account actor, QuestionSet set) {
        return SetAccess.mayManage(actor, set);
    }

    static void authorise(Account actor, QuestionSet set) {
        if (!mayManage(actor, set)) {
            throw ApiException.forbidden("Set soal ini milik guru lain.");
        }
    }

    private static void requireTeacher(Account actor) {
        if (actor == null || !actor.isTeacher()) {
            throw ApiException.forbidden("Hanya guru yang boleh menyusun set soal.");
        }
    }

    private static QuestionSet owned(Account actor, long setId) {
        requireTeacher(actor);
        QuestionSet set = QuestionSet.findById(setId);
        if (set == null) {
            throw ApiException.notFound("Set soal " + setId + " tidak ada.");
        }
        authorise(actor, set);
        return set;
    }

    /** A set whose questions may change: a published set is fixed until its teacher unpublishes it. */
    private static QuestionSet editable(Account actor, long setId) {
        QuestionSet set = owned(actor, setId);
        if (set.status == QuestionSet.Status.PUBLISHED) {
            throw ApiException.conflict("Set ini sudah terbit dan sedang dipakai murid: batalkan penerbitannya dulu "
                    + "untuk mengubah soalnya.");
        }
        return set;
    }

    private static QuizQuestion question(QuestionSet set, long questionId) {
        return set.questions.stream().filter(q -> q.id == questionId).findFirst()
                .orElseThrow(() -> ApiException.notFound("Soal " + questionId + " tidak ada di set ini."));
    }

    private Question check(QuestionSet set, QuestionForm form) {
        QuestionValidator.Result result = validator(set).validate(form);
        if (!result.ok()) {
            throw invalid(result.errors());
        }
        return result.question();
    }

    QuestionValidator validator(QuestionSet set) {
        return new QuestionValidator(sentences(set).stream().map(Sentence::text).toList());
    }

    private List<Sentence> sentences(QuestionSet set) {
        return set.article == null ? List.of() : reading.analysis(set.article).sentences();
    }

    /** A set holds at most {@code simak.limits.questions-per-set} questions (a page of it stays small). */
    private void roomForOneMore(QuestionSet set) {
        if (set.questions.size() >= maxQuestions) {
            throw ApiException.conflict("Set ini sudah berisi " + set.questions.size() + " soal, batas satu set ("
                    + maxQuestions + "). Buat set baru untuk soal berikutnya.");
        }
    }

    private static String checkTitle(String title, List<FieldError> errors) {
        String clean = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            errors.add(new FieldError("title", "Judul set wajib diisi."));
        } else if (clean.length() > MAX_TITLE) {
            errors.add(new FieldError("title", "Judul set paling banyak " + MAX_TITLE + " karakter."));
        } else if (TextRules.problem(clean) != null) {
            errors.add(new FieldError("title", TextRules.problem(clean)));
        }
        return clean;
    }

    static ApiException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).message() : "Periksa isian yang ditandai.";
        return new ApiException(400, "Data tidak valid", detail, errors);
    }

    private static void touch(QuestionSet set) {
        set.updatedAt = Instant.now();
        set.editedAt = set.updatedAt;
    }

    private static void renumber(List<QuizQuestion> questions) {
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).position = i;
        }
    }

    private static Question withKey(Question q, String key) {
        return new Question(key, q.type(), q.skill(), q.prompt(), q.items(), q.choices(), q.answer(), q.explanation(),
                q.evidence());
    }

    private static SetSummary summary(QuestionSet set) {
        return SetSummary.of(set, set.questions.size(), (int) set.questions.stream().filter(q -> q.reviewed).count());
    }

    private static SetDetail detailOf(QuestionSet set) {
        List<QuestionView> questions = set.questions.stream().map(QuestionView::of).toList();
        return new SetDetail(summary(set), questions);
    }
}
