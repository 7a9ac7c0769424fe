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
        Account a = account();
        return a != null && a.admin;
    }

    public String getUsername() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    /**
     * The name shown in the header. An error page for a refused request (403 of a role check) is rendered on the
     * I/O thread, where the database may not be read: there the user name stands in for the display name.
     */
    public String getDisplayName() {
        if (!loaded && io.vertx.core.Context.isOnEventLoopThread()) {
            return getUsername();
        }
        Account a = account();
        return a != null ? a.displayName : getUsername();
    }

    /** The signed-in account, read once per request, or null for a guest. */
    public Account account() {
        if (!loaded) {
            loaded = true;
            account = identity.isAnonymous() ? null : Account.findByUsername(identity.getPrincipal().getName());
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
