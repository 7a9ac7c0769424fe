package id.simak.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * Makes pages Indonesian unless the reader chose English: the language cookie, not the browser's
 * Accept-Language, decides which message bundle the templates use. The cookie and the path are read from Vert.x'
 * request (JAX-RS' view of the cookies parses all of them into a map on every page).
 */
public class LanguageFilter {

    public static final String COOKIE = "simak-bahasa";

    @ServerRequestFilter(preMatching = true)
    public void chooseLanguage(ContainerRequestContext request, HttpServerRequest http) {
        if (http.path() != null && http.path().startsWith("/api")) {
            return;
        }
        Cookie cookie = http.getCookie(COOKIE);
        String language = cookie != null && "en".equals(cookie.getValue()) ? "en" : "id";
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
}
