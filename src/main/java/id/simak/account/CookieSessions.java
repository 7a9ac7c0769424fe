package id.simak.account;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Unremovable;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

import id.simak.web.ServerBusy;

/**
 * The identity of a login cookie (Quarkus' form login hands its user name over as a trusted request): one plain
 * read of the account row, which also gives {@link SignedOutSessions} the sign-out time and {@link Viewer} the
 * display name ({@link SignedIn}). It runs before security-jpa's provider for the same request (a higher
 * priority), which read the account as an entity and left the two others to read it again.
 */
@ApplicationScoped
@Unremovable
public class CookieSessions implements IdentityProvider<TrustedAuthenticationRequest> {

    private final DataSource dataSource;

    CookieSessions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    /** Before security-jpa's provider (the default priority, 1001), which then is not asked. */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> identify(request.getPrincipal()));
    }

    private SecurityIdentity identify(String username) {
        SignedIn account;
        try (Connection c = dataSource.getConnection()) {
            account = SignedIn.read(c, username);
        } catch (SQLException e) {
            throw ServerBusy.orAuthenticationFailure(e);
        }
        if (account == null) {
            throw new AuthenticationFailedException("No account " + username);
        }
        return identity(account);
    }

    static SecurityIdentity identity(SignedIn account) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(account.username()))
                .addRole(account.role()).addAttribute(SignedIn.ATTRIBUTE, account).build();
    }
}
