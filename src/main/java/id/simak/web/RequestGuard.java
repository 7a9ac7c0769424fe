package id.simak.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Guards every request before the login is checked: a state-changing request (POST, PUT, PATCH, DELETE) sent by
 * a browser from another origin is refused (403), by the browser's {@code Sec-Fetch-Site} header or else its
 * {@code Origin}; a client that sends neither (curl, an API client) is no browser that a page could misuse.
 * On the way out it adds the security headers, {@code Cache-Control: no-store} on everything but static files,
 * makes a {@code Location} that names the request's own Host relative (so a forged Host header cannot steer a
 * redirect), and, with {@code simak.cookies.secure=true} (behind HTTPS), marks every cookie {@code Secure}.
 */
@Singleton
public class RequestGuard {

    /** Before Quarkus' authentication (order -200), so the login form itself is guarded too. */
    static final int ORDER = -250;

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);
    private static final List<String> STATIC = List.of("/css/", "/js/", "/webjars/", "/img/", "/favicon");

    private final boolean secureCookies;

    RequestGuard(SimakConfig config) {
        this.secureCookies = config.cookies().secure();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (!SAFE.contains(request.method()) && !sameOrigin(request)) {
            refuse(rc);
            return;
        }
        rc.addHeadersEndHandler(v -> onHeaders(rc));
        rc.next();
    }

    /** Whether a state-changing request may come from where it says it comes from. */
    static boolean sameOrigin(HttpServerRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            // "none": typed by the user (a bookmark); "same-site" is another port or subdomain, which is not us.
            return site.equalsIgnoreCase("same-origin") || site.equalsIgnoreCase("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String host = request.getHeader("Host");
        try {
            URI o = new URI(origin);
            return host != null && o.getRawAuthority() != null && o.getRawAuthority().equalsIgnoreCase(host);
        } catch (URISyntaxException e) {
            return false; // "null" (a sandboxed page) and anything malformed
        }
    }

    private static void refuse(RoutingContext rc) {
        HttpServerResponse response = rc.response();
        response.setStatusCode(403);
        response.putHeader("Cache-Control", "no-store");
        if (rc.normalizedPath().startsWith("/api/")) {
            response.putHeader("Content-Type", "application/problem+json");
            response.end("{\"type\":\"about:blank\",\"title\":\"Ditolak\",\"status\":403,"
                    + "\"detail\":\"Permintaan yang mengubah data harus datang dari halaman Simak sendiri.\"}");
        } else {
            response.putHeader("Content-Type", "text/html; charset=UTF-8");
            response.end("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Ditolak</title></head>"
                    + "<body><h1>Ditolak</h1><p>Formulir ini dikirim dari halaman lain, bukan dari Simak. "
                    + "Buka Simak lalu coba lagi.</p><p><a href=\"/\">Beranda</a></p></body></html>");
        }
    }

    private void onHeaders(RoutingContext rc) {
        HttpServerResponse response = rc.response();
        String path = rc.normalizedPath();
        var headers = response.headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("X-Frame-Options", "DENY");
        if (!path.startsWith("/q/")) {
            headers.set("Content-Security-Policy", CSP);
        }
        if (STATIC.stream().noneMatch(path::startsWith)) {
            headers.set("Cache-Control", "no-store");
        }
        String location = headers.get("Location");
        if (location != null) {
            headers.set("Location", relative(location, rc.request().getHeader("Host")));
        }
        if (secureCookies) {
            for (Cookie c : rc.request().cookies()) {
                c.setSecure(true);
            }
            List<String> set = headers.getAll("Set-Cookie");
            if (!set.isEmpty()) {
                headers.remove("Set-Cookie");
                for (String cookie : set) {
                    headers.add("Set-Cookie", cookie.toLowerCase(Locale.ROOT).contains("; secure") ? cookie
                            : cookie + "; Secure");
                }
            }
        }
    }

    /** The location without scheme and authority when it names the request's own Host, else as it is. */
    static String relative(String location, String host) {
        try {
            URI u = new URI(location);
            if (u.isAbsolute() && host != null && host.equalsIgnoreCase(u.getRawAuthority())) {
                String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
                if (path.startsWith("//")) {
                    path = "/";
                }
                return path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery())
                        + (u.getRawFragment() == null ? "" : "#" + u.getRawFragment());
            }
        } catch (URISyntaxException e) {
            // left as it is
        }
        return location;
    }
}
