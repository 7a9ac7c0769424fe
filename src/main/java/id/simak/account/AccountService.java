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

/** Registers accounts (the first one becomes the teacher) and lets a teacher make another account a teacher. */
@ApplicationScoped
public class AccountService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,32}");
    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 200;
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
        if (password == null || password.length() < MIN_PASSWORD) {
            errors.add(new Problem.FieldError("password", "Kata sandi paling sedikit 8 karakter."));
        } else if (password.length() > MAX_PASSWORD) {
            errors.add(new Problem.FieldError("password", "Kata sandi paling banyak 200 karakter."));
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
     * Creates the account: TEACHER when it is the first one, LEARNER otherwise. Registrations are serialised on
     * a lock row so two app nodes sharing one database cannot both create a "first" account.
     */
    @Transactional
    public Account register(Registration r) {
        List<Problem.FieldError> errors = problems(r);
        if (!errors.isEmpty()) {
            throw new ApiException(400, "Data tidak valid", errors.get(0).message(), errors);
        }
        em.createNativeQuery("select id from registration_lock where id = 1 for update").getResultList();
        if (Account.findByUsername(r.username()) != null) {
            throw ApiException.conflict("Nama pengguna \"" + r.username() + "\" sudah dipakai.");
        }
        Account a = new Account();
        a.username = r.username();
        a.displayName = r.displayName().strip();
        a.passwordHash = BcryptUtil.bcryptHash(r.password());
        a.role = (Account.count() == 0 ? Role.TEACHER : Role.LEARNER).name();
        a.createdAt = Instant.now();
        a.persist();
        return a;
    }

    /** Gives another account a role; only a teacher may, and a teacher cannot demote themself. */
    @Transactional
    public Account changeRole(Account actor, String username, Role role) {
        if (actor == null || !actor.isTeacher()) {
            throw ApiException.forbidden("Hanya guru yang boleh mengubah peran akun.");
        }
        Account target = Account.findByUsername(username);
        if (target == null) {
            throw ApiException.notFound("Akun \"" + username + "\" tidak ada.");
        }
        if (role == null) {
            throw ApiException.invalid("role", "Peran harus TEACHER atau LEARNER.");
        }
        if (target.id.equals(actor.id) && role != Role.TEACHER) {
            throw ApiException.conflict("Guru tidak dapat mencabut peran gurunya sendiri.");
        }
        em.lock(target, LockModeType.PESSIMISTIC_WRITE);
        target.role = role.name();
        return target;
    }
}
