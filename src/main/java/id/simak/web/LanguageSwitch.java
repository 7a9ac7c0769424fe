package id.simak.web;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestHeader;

/** The layout's language links ({@code /bahasa/id}, {@code /bahasa/en}); {@link LanguageFilter} reads the choice. */
@Path("/bahasa")
public class LanguageSwitch {

    /** Remembers the chosen UI language in a cookie and goes back to the page the reader came from. */
    @GET
    @Path("{language}")
    @Operation(hidden = true)
    public Response language(@PathParam("language") String language, @RestHeader("Referer") String referer) {
        String chosen = "en".equals(language) ? "en" : "id";
        URI back = URI.create(backTo(referer));
        NewCookie cookie = new NewCookie.Builder(LanguageFilter.COOKIE).value(chosen).path("/")
                .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(back).cookie(cookie).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /**
     * The path of the page the reader came from, and only its path: never another site, never a
     * protocol-relative {@code //host} or {@code /\host} (which browsers read as another site), and the home
     * page for a Referer that is no URI at all.
     */
    static String backTo(String referer) {
        if (referer == null) {
            return "/";
        }
        try {
            String path = new URI(referer.strip()).getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
                return "/";
            }
            return path;
        } catch (java.net.URISyntaxException e) {
            return "/";
        }
    }
}
