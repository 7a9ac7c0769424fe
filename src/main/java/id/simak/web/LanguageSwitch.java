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
        URI back = URI.create("/");
        if (referer != null) {
            URI ref = URI.create(referer);
            // Only ever go back to a page of this site.
            back = URI.create(ref.getRawPath() == null || ref.getRawPath().isEmpty() ? "/" : ref.getRawPath());
        }
        NewCookie cookie = new NewCookie.Builder(LanguageFilter.COOKIE).value(chosen).path("/")
                .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(back).cookie(cookie).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
