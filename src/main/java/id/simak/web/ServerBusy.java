package id.simak.web;

import java.sql.SQLException;

import io.quarkus.security.AuthenticationFailedException;

/**
 * The server could not serve a request now because no database connection became free within the pool's
 * acquisition timeout: answered 503 with {@code Retry-After} ({@link ErrorMappers}, {@link RequestGate}).
 */
public final class ServerBusy extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private ServerBusy(SQLException cause) {
        super("No database connection free in time", cause);
    }

    /**
     * What an identity check (a login cookie, an API token) throws when its database read failed: the pool's
     * timeout is the server's overload, not the caller's failed login, so not an {@link AuthenticationFailedException}
     * (which would answer 401 or send a signed-in learner to the login page).
     */
    public static RuntimeException orAuthenticationFailure(SQLException e) {
        return ErrorMappers.isPoolTimeout(e) ? new ServerBusy(e) : new AuthenticationFailedException(e);
    }
}
