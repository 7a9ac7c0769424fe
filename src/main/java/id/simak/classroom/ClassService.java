package id.simak.classroom;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import id.simak.account.Account;
import id.simak.classroom.ClassViews.AssignmentView;
import id.simak.classroom.ClassViews.ClassDetail;
import id.simak.classroom.ClassViews.ClassSummary;
import id.simak.classroom.ClassViews.LearnerClass;
import id.simak.classroom.ClassViews.MemberView;
import id.simak.classroom.ClassViews.SetChoice;
import id.simak.quiz.Attempt;
import id.simak.quiz.QuestionSet;
import id.simak.quiz.SetAccess;
import id.simak.web.ApiException;
import id.simak.web.Problem;
import id.simak.web.TextRules;

/**
 * A teacher's classes, the learners who join them with a code, and the published sets assigned to them with a
 * due date. Every method checks the caller's role and ownership and writes in one transaction.
 */
@ApplicationScoped
public class ClassService {

    /** How far ahead a due date may be: a school's planning horizon, and far from the limits of a timestamp. */
    static final int MAX_YEARS_AHEAD = 5;
    private static final String TOO_FAR = "Tanggal tenggat paling jauh " + MAX_YEARS_AHEAD + " tahun dari sekarang.";

    static final int MAX_NAME = 100;
    static final int MAX_NOTE = 500;
    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final SecureRandom random = new SecureRandom();
    private final ZoneId zone;
    private final Clock clock;

    ClassService(@ConfigProperty(name = "simak.classes.time-zone", defaultValue = "Asia/Jakarta") String zone) {
        this.zone = ZoneId.of(zone);
        this.clock = Clock.system(this.zone);
    }

    /** The time zone due dates are read and shown in. */
    public ZoneId zone() {
        return zone;
    }

    /** Today in the school's time zone, the earliest day a due date may be. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- classes -------------------------------------------------------------------------------------------

    /** A teacher's own classes, or the classes a learner has joined. */
    @Transactional
    public List<ClassSummary> classesOf(Account actor) {
        if (actor.isTeacher()) {
            return Classroom.taughtBy(actor).stream()
                    .map(c -> new ClassSummary(c.id, c.name, actor.displayName, c.joinCode, c.archived,
                            (int) ClassMember.count("classroom", c), (int) Assignment.count("classroom", c)))
                    .toList();
        }
        return ClassMember.ofLearner(actor).stream().map(m -> m.classroom)
                .map(c -> new ClassSummary(c.id, c.name, c.teacher.displayName, null, c.archived, null,
                        (int) Assignment.count("classroom", c)))
                .toList();
    }

    @Transactional
    public ClassDetail create(Account teacher, String name) {
        requireTeacher(teacher);
        Classroom c = new Classroom();
        c.teacher = teacher;
        c.name = validName(name);
        c.joinCode = freeCode();
        c.archived = false;
        c.createdAt = Instant.now();
        c.updatedAt = c.createdAt;
        c.persist();
        return teacherDetail(c);
    }

    /** The class as the caller may see it: everything for its teacher, name, teacher and assignments for a member. */
    @Transactional
    public ClassDetail detail(Account actor, long id) {
        Classroom c = find(id);
        if (actor.isTeacher() && isOwner(actor, c)) {
            return teacherDetail(c);
        }
        if (actor.isTeacher()) {
            throw otherTeachersClass();
        }
        if (ClassMember.of(c, actor) == null) {
            throw ApiException.forbidden("Anda bukan anggota kelas ini.");
        }
        return new ClassDetail(c.id, c.name, c.teacher.displayName, null, c.archived, null,
                c.archived ? List.of() : assignments(c));
    }

    /** Renames the class and, when {@code archived} is given, archives or restores it. */
    @Transactional
    public ClassDetail update(Account teacher, long id, String name, Boolean archived) {
        String valid = validName(name);
        Classroom c = owned(teacher, id);
        c.name = valid;
        if (archived != null) {
            c.archived = archived;
        }
        c.updatedAt = Instant.now();
        return teacherDetail(c);
    }

    /** Deletes the class with its memberships and assignments (the sets themselves stay). */
    @Transactional
    public void delete(Account teacher, long id) {
        Classroom c = owned(teacher, id);
        Assignment.delete("classroom", c);
        ClassMember.delete("classroom", c);
        c.delete();
    }

    /** Gives the class a new join code; the old one stops working, members stay. */
    @Transactional
    public ClassDetail newCode(Account teacher, long id) {
        Classroom c = owned(teacher, id);
        c.joinCode = freeCode();
        c.updatedAt = Instant.now();
        return teacherDetail(c);
    }

    @Transactional
    public void removeMember(Account teacher, long id, String username) {
        Classroom c = owned(teacher, id);
        Account learner = username == null ? null : Account.findByUsername(username);
        ClassMember m = learner == null ? null : ClassMember.of(c, learner);
        if (m == null) {
            throw ApiException.notFound("\"" + username + "\" bukan anggota kelas ini.");
        }
        m.delete();
    }

    // ---- learners ------------------------------------------------------------------------------------------

    /** The outcome of a join: the class as its member sees it, and whether the learner had joined before. */
    public record Joined(ClassDetail classroom, boolean already) {}

    /** Adds the learner to the class with this code; joining again changes nothing. */
    @Transactional
    public Joined join(Account learner, String typedCode) {
        if (learner.isTeacher()) {
            throw ApiException.forbidden("Guru tidak bergabung ke kelas: buat kelas sendiri di halaman Kelas guru.");
        }
        String code = JoinCode.normalize(typedCode);
        if (code == null || code.isEmpty()) {
            throw ApiException.invalid("code", "Kode kelas wajib diisi.");
        }
        // The class row is locked so that a learner's two quick joins cannot both add a membership.
        Classroom c = JoinCode.wellFormed(code)
                ? Classroom.<Classroom>find("joinCode", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                : null;
        if (c == null) {
            throw new ApiException(404, "Kode tidak dikenal",
                    "Kode kelas \"" + code + "\" tidak dikenal. Periksa lagi kode dari guru Anda.",
                    List.of(new Problem.FieldError("code", "Kode kelas \"" + code
                            + "\" tidak dikenal. Periksa lagi kode dari guru Anda.")));
        }
        if (c.archived) {
            throw ApiException.conflict("Kelas \"" + c.name + "\" sudah diarsipkan dan tidak menerima anggota baru.");
        }
        boolean already = ClassMember.of(c, learner) != null;
        if (!already) {
            ClassMember m = new ClassMember();
            m.classroom = c;
            m.learner = learner;
            m.joinedAt = Instant.now();
            m.persist();
        }
        return new Joined(new ClassDetail(c.id, c.name, c.teacher.displayName, null, c.archived, null, assignments(c)),
                already);
    }

    /** Takes the learner out of the class; leaving a class one is not in changes nothing. */
    @Transactional
    public void leave(Account learner, long id) {
        Classroom c = find(id);
        ClassMember m = ClassMember.of(c, learner);
        if (m != null) {
            m.delete();
        }
    }

    /** Every assignment of the learner's classes, soonest due first. */
    @Transactional
    public List<AssignmentView> assignmentsOf(Account learner) {
        Instant now = Instant.now();
        Map<Long, Attempt> done = firstFinished(learner);
        return Assignment.forLearner(learner).stream().map(a -> learnerView(a, now, done)).toList();
    }

    /** The learner's classes, each with its assignments, for the learner's page. */
    @Transactional
    public List<LearnerClass> learnerClasses(Account learner) {
        Instant now = Instant.now();
        Map<Long, Attempt> done = firstFinished(learner);
        return ClassMember.ofLearner(learner).stream().map(m -> m.classroom)
                .map(c -> new LearnerClass(c.id, c.name, c.teacher.displayName, c.archived,
                        c.archived ? List.of()
                                : Assignment.inClass(c).stream().map(a -> learnerView(a, now, done)).toList()))
                .toList();
    }

    // ---- assignments ---------------------------------------------------------------------------------------

    /** The published sets a teacher may assign: those they may manage ({@link SetAccess}), their own and the shared ones. */
    @Transactional
    public List<SetChoice> assignableSets(Account teacher) {
        requireTeacher(teacher);
        return QuestionSet.<QuestionSet>find("select s from QuestionSet s left join fetch s.article a "
                + "where s.status = ?1 order by lower(s.title), s.id", QuestionSet.Status.PUBLISHED).list().stream()
                .filter(s -> SetAccess.mayManage(teacher, s))
                .map(s -> new SetChoice(s.id, s.title, s.article == null ? null : s.article.title))
                .toList();
    }

    @Transactional
    public AssignmentView assign(Account teacher, long classId, Long setId, String due, String note) {
        Classroom c = owned(teacher, classId);
        if (setId == null) {
            throw ApiException.invalid("setId", "Pilih set soal yang akan ditugaskan.");
        }
        QuestionSet set = QuestionSet.findById(setId);
        if (set == null) {
            throw ApiException.notFound("Set soal " + setId + " tidak ada.");
        }
        if (!SetAccess.mayManage(teacher, set)) {
            throw ApiException.forbidden("Set soal ini bukan milik Anda.");
        }
        if (set.status != QuestionSet.Status.PUBLISHED) {
            throw new ApiException(400, "Data tidak valid", "Set soal belum diterbitkan.",
                    List.of(new Problem.FieldError("setId", "Set soal belum diterbitkan.")));
        }
        Instant dueAt = validDue(due);
        String validNote = validNote(note);
        if (Assignment.count("classroom = ?1 and set = ?2", c, set) > 0) {
            throw ApiException.conflict("Set soal ini sudah ditugaskan ke kelas ini: ubah saja tenggatnya.");
        }
        Assignment a = new Assignment();
        a.classroom = c;
        a.set = set;
        a.dueAt = dueAt;
        a.note = validNote;
        a.createdAt = Instant.now();
        a.updatedAt = a.createdAt;
        a.persist();
        return view(a, Instant.now());
    }

    /** Sets a new due date and note (an empty note removes it). */
    @Transactional
    public AssignmentView change(Account teacher, long classId, long assignmentId, String due, String note) {
        Assignment a = ownedAssignment(teacher, classId, assignmentId);
        Instant dueAt = validDue(due);
        String validNote = validNote(note);
        a.dueAt = dueAt;
        a.note = validNote;
        a.updatedAt = Instant.now();
        return view(a, Instant.now());
    }

    @Transactional
    public void unassign(Account teacher, long classId, long assignmentId) {
        ownedAssignment(teacher, classId, assignmentId).delete();
    }

    // ---- rules ---------------------------------------------------------------------------------------------

    static String validName(String name) {
        if (name == null || name.isBlank()) {
            throw ApiException.invalid("name", "Nama kelas wajib diisi.");
        }
        String n = name.strip();
        if (n.length() > MAX_NAME) {
            throw ApiException.invalid("name", "Nama kelas paling banyak 100 karakter.");
        }
        if (TextRules.problem(n) != null) {
            throw ApiException.invalid("name", TextRules.problem(n));
        }
        return n;
    }

    private Instant validDue(String due) {
        if (due == null || due.isBlank()) {
            throw ApiException.invalid("due", "Tanggal tenggat wajib diisi.");
        }
        Instant at;
        try {
            at = DueDate.parse(due, zone);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("due",
                    "Tanggal tenggat tidak dikenali: tulis seperti 2026-12-07 atau 2026-12-07T10:00.");
        } catch (DateTimeException beyondTime) {
            throw ApiException.invalid("due", TOO_FAR);
        }
        if (at.isBefore(Instant.now())) {
            throw ApiException.invalid("due", "Tanggal tenggat sudah lewat: pilih hari ini atau sesudahnya.");
        }
        if (at.isAfter(ZonedDateTime.now(zone).plusYears(MAX_YEARS_AHEAD).toInstant())) {
            throw ApiException.invalid("due", TOO_FAR);
        }
        return at;
    }

    private static String validNote(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String n = note.strip();
        if (n.length() > MAX_NOTE) {
            throw ApiException.invalid("note", "Catatan paling banyak 500 karakter.");
        }
        return n;
    }

    private String freeCode() {
        for (int attempt = 0; attempt < 50; attempt++) {
            String code = JoinCode.random(random);
            if (Classroom.byJoinCode(code) == null) {
                return code;
            }
        }
        throw new IllegalStateException("no free join code after 50 attempts");
    }

    private static Classroom find(long id) {
        Classroom c = Classroom.findById(id);
        if (c == null) {
            throw ApiException.notFound("Kelas " + id + " tidak ada.");
        }
        return c;
    }

    private static Classroom owned(Account teacher, long id) {
        requireTeacher(teacher);
        Classroom c = find(id);
        if (!isOwner(teacher, c)) {
            throw otherTeachersClass();
        }
        return c;
    }

    private static Assignment ownedAssignment(Account teacher, long classId, long assignmentId) {
        Classroom c = owned(teacher, classId);
        Assignment a = Assignment.findById(assignmentId);
        if (a == null || !a.classroom.id.equals(c.id)) {
            throw ApiException.notFound("Tugas " + assignmentId + " tidak ada di kelas ini.");
        }
        return a;
    }

    private static boolean isOwner(Account teacher, Classroom c) {
        return c.teacher.id.equals(teacher.id);
    }

    private static void requireTeacher(Account actor) {
        if (actor == null || !actor.isTeacher()) {
            throw ApiException.forbidden("Hanya guru yang boleh mengelola kelas dan tugas.");
        }
    }

    private static ApiException otherTeachersClass() {
        return ApiException.forbidden("Kelas ini milik guru lain.");
    }

    private ClassDetail teacherDetail(Classroom c) {
        List<MemberView> members = ClassMember.inClass(c).stream()
                .map(m -> new MemberView(m.learner.username, m.learner.displayName, m.joinedAt)).toList();
        return new ClassDetail(c.id, c.name, c.teacher.displayName, c.joinCode, c.archived, members, assignments(c));
    }

    private List<AssignmentView> assignments(Classroom c) {
        Instant now = Instant.now();
        return Assignment.inClass(c).stream().map(a -> view(a, now)).toList();
    }

    private AssignmentView view(Assignment a, Instant now) {
        return new AssignmentView(a.id, a.classroom.id, a.classroom.name, a.set.id, a.set.title,
                a.dueAt.atZone(zone).toOffsetDateTime(), DueDate.format(a.dueAt, zone, INDONESIAN),
                a.dueAt.isBefore(now), a.note, "/kuis/" + a.set.id, withdrawn(a) ? AssignmentView.WITHDRAWN
                        : AssignmentView.OPEN, null);
    }

    /**
     * The assignment as its learner sees it: withdrawn while its set is unpublished; done, with the score and date
     * of the learner's first finished attempt at the whole set; open otherwise.
     */
    private AssignmentView learnerView(Assignment a, Instant now, Map<Long, Attempt> done) {
        AssignmentView v = view(a, now);
        Attempt first = done.get(a.set.id);
        if (withdrawn(a) || first == null) {
            return v;
        }
        int percent = first.questionCount == 0 ? 0 : Math.round(100f * first.correctCount / first.questionCount);
        return v.done(new ClassViews.Result(first.correctCount, first.questionCount, percent,
                first.finishedAt.atZone(zone).toOffsetDateTime(), DueDate.format(first.finishedAt, zone, INDONESIAN),
                first.finishedAt.isAfter(a.dueAt)));
    }

    private static boolean withdrawn(Assignment a) {
        return a.set.status != QuestionSet.Status.PUBLISHED;
    }

    /** The learner's first finished attempt at each whole set (retries of wrong answers left out), by set id. */
    private static Map<Long, Attempt> firstFinished(Account learner) {
        Map<Long, Attempt> first = new HashMap<>();
        for (Attempt at : Attempt.ofLearner(learner)) { // newest first: the last put is the earliest
            if (at.isFinished() && at.retryOf == null) {
                first.put(at.set.id, at);
            }
        }
        return first;
    }
}
