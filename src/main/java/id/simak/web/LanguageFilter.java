package id.simak.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Makes pages Indonesian unless the reader chose English: the language cookie, not the browser's
 * Accept-Language, decides which message bundle the templates use.
 */
public class LanguageFilter {

    public static final String COOKIE = "simak-bahasa";

    @ServerRequestFilter(preMatching = true)
    public void chooseLanguage(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().startsWith("/api")) {
            return;
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        String language = cookie != null && "en".equals(cookie.getValue()) ? "en" : "id";
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
}
