package id.simak.account;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Authenticates {@code /api/**} calls that carry {@code Authorization: Bearer <token>} with an API token
 * ({@link ApiTokens}): one indexed read instead of a bcrypt check per call. Requests without a bearer token are
 * left to the other mechanisms (HTTP Basic on the API, the login cookie on pages); a bearer token that is unknown,
 * revoked or expired fails the request with 401 problem JSON ({@code web.ErrorMappers}).
 */
@ApplicationScoped
public class BearerTokens implements HttpAuthenticationMechanism {

    static final String SCHEME = "bearer";
    private static final String PREFIX = "Bearer ";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                || !context.normalizedPath().startsWith("/api/")) {
            return Uni.createFrom().optional(Optional.empty());
        }
        String token = header.substring(PREFIX.length()).strip();
        if (token.isEmpty()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Empty bearer token"));
        }
        return identityProviderManager
                .authenticate(HttpSecurityUtils.setRoutingContextAttribute(new Request(token), context));
    }

    /**
     * A Bearer challenge on the API only: a page that needs a login keeps the login form's challenge (a redirect to
     * {@code /masuk}), which Quarkus would otherwise pick from whichever mechanism comes first.
     */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (!context.normalizedPath().startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(HttpResponseStatus.UNAUTHORIZED.code(),
                "WWW-Authenticate", "Bearer realm=\"Simak\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(Request.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, SCHEME));
    }

    /** The token of one request, on its way to {@link Provider}. */
    public static final class Request extends BaseAuthenticationRequest {
        private final String token;

        Request(String token) {
            this.token = token;
        }

        String token() {
            return token;
        }
    }

    /** Turns a bearer token into the identity of its account, on a worker thread (it reads the database). */
    @ApplicationScoped
    public static class Provider implements IdentityProvider<Request> {

        private final ApiTokens tokens;

        Provider(ApiTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public Class<Request> getRequestType() {
            return Request.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(Request request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> tokens.identify(request.token()));
        }
    }
}
