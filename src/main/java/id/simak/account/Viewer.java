package id.simak.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is looking at a page: the signed-in account for every feature's resources, and for the layout
 * ({@code {inject:viewer.teacher}} shows the teacher's menu).
 */
@RequestScoped
@Named("viewer")
public class Viewer {

    @Inject
    SecurityIdentity identity;

    private Account account;
    private boolean loaded;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public boolean isTeacher() {
        return identity.hasRole("TEACHER");
    }

    /** The administrator, who may change roles. */
    public boolean isAdmin() {
        SignedIn s = signedInAs();
        if (s != null && !loaded) {
            return s.admin();
        }
        Account a = account();
        return a != null && a.admin;
    }

    /** The signed-in account's id, or null for a guest: no read of the account when the login already made one. */
    public Long id() {
        SignedIn s = signedInAs();
        if (s != null) {
            return s.id();
        }
        Account a = account();
        return a == null ? null : a.id;
    }

    /** The signed-in account's id; a guest gets 401 (API) or the login page (pages). */
    public long requiredId() {
        Long id = id();
        if (id == null) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        return id;
    }

    /**
     * The account as it was read when this request was authenticated (a login cookie or an API token), or null
     * (a guest, or HTTP Basic).
     */
    public SignedIn signedInAs() {
        return SignedIn.of(identity);
    }

    public String getUsername() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    /**
     * The name shown in the header. An error page for a refused request (403 of a role check) is rendered on the
     * I/O thread, where the database may not be read: there the user name stands in for the display name.
     */
    public String getDisplayName() {
        SignedIn s = signedInAs();
        if (s != null && !loaded) {
            return s.displayName();
        }
        if (!loaded && io.vertx.core.Context.isOnEventLoopThread()) {
            return getUsername();
        }
        Account a = account();
        return a != null ? a.displayName : getUsername();
    }

    /**
     * The signed-in account as an entity, read once per request (by its id when the login read it), or null for a
     * guest. Pages that only need its id or name use {@link #id()} and {@link #signedInAs()}.
     */
    public Account account() {
        if (!loaded) {
            loaded = true;
            SignedIn s = signedInAs();
            account = identity.isAnonymous() ? null
                    : s != null ? Account.findById(s.id()) : Account.findByUsername(identity.getPrincipal().getName());
        }
        return account;
    }

    /** The signed-in account; a guest gets 401 (API) or the login page (pages). */
    public Account required() {
        Account a = account();
        if (a == null) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        return a;
    }
}
