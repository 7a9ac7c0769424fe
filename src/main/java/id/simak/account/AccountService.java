package id.simak.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.elytron.security.common.BcryptUtil;

import id.simak.web.ApiException;
import id.simak.web.Problem;
import id.simak.web.TextRules;

/**
 * Registers accounts (the first one becomes the administrator and a teacher) and lets the administrator change
 * roles.
 */
@ApplicationScoped
public class AccountService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,32}");
    static final int MAX_DISPLAY_NAME = 100;

    private final EntityManager em;

    AccountService(EntityManager em) {
        this.em = em;
    }

    /** Checks a registration and lists every problem with it, in Indonesian, field by field. */
    public static List<Problem.FieldError> problems(Registration r) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String username = r == null ? null : r.username();
        String password = r == null ? null : r.password();
        String displayName = r == null ? null : r.displayName();
        if (username == null || username.isBlank()) {
            errors.add(new Problem.FieldError("username", "Nama pengguna wajib diisi."));
        } else if (!USERNAME.matcher(username).matches()) {
            errors.add(new Problem.FieldError("username",
                    "Nama pengguna harus 3 sampai 32 karakter: huruf kecil a-z, angka, titik, garis bawah atau tanda hubung."));
        }
        String passwordProblem = PasswordRule.problem(password, username);
        if (passwordProblem != null) {
            errors.add(new Problem.FieldError("password", passwordProblem));
        }
        if (displayName == null || displayName.isBlank()) {
            errors.add(new Problem.FieldError("displayName", "Nama tampilan wajib diisi."));
        } else if (displayName.strip().length() > MAX_DISPLAY_NAME) {
            errors.add(new Problem.FieldError("displayName", "Nama tampilan paling banyak 100 karakter."));
        } else if (TextRules.problem(displayName) != null) {
            errors.add(new Problem.FieldError("displayName", TextRules.problem(displayName)));
        }
        return errors;
    }

    /**
     * Creates the account: TEACHER when it is the first one, LEARNER otherwise. While the database has no account,
     * registrations are serialised on a lock row so two app nodes sharing one database cannot both create a
     * "first" account; after that they run side by side and the unique constraint on the user name keeps a name
     * taken by a registration committing at the same moment (409). The password is hashed before any of it
     * (bcrypt, tens of milliseconds). Serialising every registration, with the hash under the lock, made a class
     * registering at once wait one hash per learner ahead, holding a database connection each: 500s once the
     * pool's acquisition timeout passed (bench/twonode).
     */
    @Transactional
    public Account register(Registration r) {
        List<Problem.FieldError> errors = problems(r);
        if (!errors.isEmpty()) {
            throw new ApiException(400, "Data tidak valid", errors.get(0).message(), errors);
        }
        String passwordHash = BcryptUtil.bcryptHash(r.password());
        boolean maybeFirst = Account.count() == 0;
        if (maybeFirst) {
            em.createNativeQuery("select id from registration_lock where id = 1 for update").getResultList();
        }
        if (Account.findByUsername(r.username()) != null) {
            throw taken(r.username());
        }
        Account a = new Account();
        a.username = r.username();
        a.displayName = r.displayName().strip();
        a.passwordHash = passwordHash;
        boolean first = maybeFirst && Account.count() == 0;
        a.role = (first ? Role.TEACHER : Role.LEARNER).name();
        a.admin = first;
        a.createdAt = Instant.now();
        a.persist();
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof org.hibernate.exception.ConstraintViolationException v && v.getConstraintName() != null
                        && v.getConstraintName().toLowerCase(java.util.Locale.ROOT).contains("uk_account_username")) {
                    throw taken(r.username());
                }
            }
            throw e;
        }
        return a;
    }

    private static ApiException taken(String username) {
        return ApiException.conflict("Nama pengguna \"" + username + "\" sudah dipakai.");
    }

    /**
     * Gives an account a role, and with {@code admin} non-null makes it an administrator or not. Only an
     * administrator may; an administrator is always a teacher (making one a learner takes the administration
     * too), and the last administrator cannot be demoted. Role changes are serialised on the registration lock
     * row, so two administrators demoting each other at once on two nodes cannot leave none.
     */
    @Transactional
    public Account changeRole(Account actor, String username, Role role, Boolean admin) {
        if (role == null) {
            throw ApiException.invalid("role", "Peran harus TEACHER atau LEARNER.");
        }
        if (role == Role.LEARNER && Boolean.TRUE.equals(admin)) {
            throw ApiException.invalid("admin", "Administrator harus seorang guru.");
        }
        em.createNativeQuery("select id from registration_lock where id = 1 for update").getResultList();
        Account me = actor == null ? null : Account.findById(actor.id);
        if (me == null || !me.admin) {
            throw ApiException.forbidden("Hanya administrator yang boleh mengubah peran akun.");
        }
        Account target = Account.findByUsername(username);
        if (target == null) {
            throw ApiException.notFound("Akun \"" + username + "\" tidak ada.");
        }
        em.lock(target, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(target);
        boolean nowAdmin = role == Role.LEARNER ? false : admin == null ? target.admin : admin;
        if (target.admin && !nowAdmin && Account.administrators() <= 1) {
            throw ApiException.conflict("Administrator terakhir tidak dapat diturunkan. Jadikan akun lain "
                    + "administrator dahulu.");
        }
        target.role = role.name();
        target.admin = nowAdmin;
        return target;
    }

    /** Ends every login session of the account: cookies issued until now are refused from now on. */
    @Transactional
    public void signOut(String username) {
        Account a = Account.findByUsername(username);
        if (a != null) {
            a.signedOutAt = Instant.now();
        }
    }
}
