package id.simak.account;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.arc.Unremovable;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import id.simak.web.SimakConfig;

/**
 * Puts the {@link LoginLimiter} in front of both ways to log in. Every request that carries a password (HTTP Basic,
 * or the login form's POST to {@code /j_security_check}) is counted when its answer goes out: a 401, or the form's
 * redirect to the error page, is a failure; anything else a success. While the address or the account is locked,
 * HTTP Basic is answered 401 with {@code Retry-After} before the password is looked at, and the login form is
 * refused after it (an augmentor fails the login), so the right password does not help an attacker who guessed it
 * during the lock either.
 */
@ApplicationScoped
@Unremovable
public class LoginGuard implements SecurityIdentityAugmentor {

    /** After {@code web.RequestGuard} (-250), before Quarkus' authentication (-200). */
    static final int ORDER = -240;
    private static final String FORM_POST = "/j_security_check";

    private final LoginLimiter limiter;
    private final boolean enabled;

    LoginGuard(SimakConfig config) {
        SimakConfig.Login.Limit limit = config.login().limit();
        this.enabled = limit.enabled();
        this.limiter = new LoginLimiter(limit.perAccount(), limit.perAddress(), limit.window(), 100_000,
                Clock.systemUTC());
    }

    void install(@Observes Router router) {
        if (enabled) {
            router.route().order(ORDER).handler(this::handle);
        }
    }

    void handle(RoutingContext rc) {
        String basicUser = basicUsername(rc);
        boolean form = rc.request().method() == HttpMethod.POST && rc.normalizedPath().endsWith(FORM_POST);
        if (basicUser == null && !form) {
            rc.next();
            return;
        }
        String address = address(rc);
        long wait = limiter.waitSeconds(basicUser == null ? "" : basicUser, address);
        if (wait > 0) {
            if (form) {
                rc.response().setStatusCode(302).putHeader("Location", "/masuk?gagal=1")
                        .putHeader("Cache-Control", "no-store").end();
            } else {
                rc.response().setStatusCode(401).putHeader("Retry-After", Long.toString(wait))
                        .putHeader("WWW-Authenticate", "Basic realm=\"Quarkus\"")
                        .putHeader("Content-Type", "application/problem+json")
                        .end("{\"type\":\"about:blank\",\"title\":\"Terlalu banyak percobaan\",\"status\":401,"
                                + "\"detail\":\"Terlalu banyak percobaan masuk yang gagal. Coba lagi setelah " + wait
                                + " detik.\"}");
            }
            return;
        }
        rc.addHeadersEndHandler(v -> {
            String username = basicUser != null ? basicUser : rc.request().getFormAttribute("j_username");
            if (username == null) {
                return;
            }
            int status = rc.response().getStatusCode();
            String location = rc.response().headers().get("Location");
            boolean failed = status == 401 || (form && location != null && location.contains("gagal"));
            if (failed) {
                limiter.failed(username, address);
                long locked = limiter.waitSeconds(username, address);
                if (locked > 0 && !form) {
                    rc.response().headers().set("Retry-After", Long.toString(locked));
                }
            } else if (status < 400) {
                limiter.succeeded(username);
            }
        });
        rc.next();
    }

    /** A form login of a locked account fails even with the right password. */
    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        if (!enabled || identity.isAnonymous() || rc == null || !rc.normalizedPath().endsWith(FORM_POST)) {
            return Uni.createFrom().item(identity);
        }
        if (limiter.waitSeconds(identity.getPrincipal().getName(), address(rc)) > 0) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Too many failed logins"));
        }
        return Uni.createFrom().item(identity);
    }

    /**
     * Seconds until a login of this name from this address may be tried (0: now), for a login that does not go
     * through HTTP Basic or the form ({@code POST /api/tokens}); 0 when the limiter is off.
     */
    long lockedSeconds(String username, String address) {
        return enabled ? limiter.waitSeconds(username, address) : 0;
    }

    void failed(String username, String address) {
        if (enabled) {
            limiter.failed(username, address);
        }
    }

    void succeeded(String username) {
        if (enabled) {
            limiter.succeeded(username);
        }
    }

    private static String address(RoutingContext rc) {
        return address(rc.request());
    }

    /** The client's address as the limiter counts it (the proxy's, unless proxy address forwarding is on). */
    static String address(HttpServerRequest request) {
        return request.remoteAddress() == null ? "-" : request.remoteAddress().hostAddress();
    }

    /** The user name of an HTTP Basic {@code Authorization} header, or null. */
    static String basicUsername(RoutingContext rc) {
        String header = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
