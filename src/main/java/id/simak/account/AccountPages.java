package id.simak.account;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import id.simak.web.ApiException;
import id.simak.web.Flash;
import id.simak.web.LanguageFilter;
import id.simak.web.Problem;

/** The login, registration and logout pages, and the account page with its API tokens. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    @Inject
    AccountService accounts;

    @Inject
    Viewer viewer;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    @Inject
    ApiTokens tokens;

    @ConfigProperty(name = "simak.tokens.lifetime")
    Duration tokenLifetime;

    @ConfigProperty(name = "simak.classes.time-zone", defaultValue = "Asia/Jakarta")
    String zone;

    /** A token as the account page lists it, its times written in the page's language and the school's zone. */
    public record TokenRow(long id, String name, String created, String expires, String lastUsed, boolean expired) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, String flash);

        static native TemplateInstance account(Account account, List<TokenRow> tokens, long lifetimeDays,
                boolean revoked);

        static native TemplateInstance register(String username, String displayName, Map<String, String> errors,
                boolean firstAccount);
    }

    @GET
    @Path("masuk")
    @Operation(hidden = true)
    public TemplateInstance login(@QueryParam("gagal") String failed, @QueryParam("pesan") String flash) {
        return Templates.login(failed != null, Flash.message(flash));
    }

    @GET
    @Path("daftar")
    @Operation(hidden = true)
    public TemplateInstance registerForm() {
        return Templates.register("", "", Map.of(), Account.count() == 0);
    }

    @POST
    @Path("daftar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response register(@RestForm("j_username") String formUsername, @RestForm("j_password") String formPassword,
            @RestForm String username, @RestForm String password, @RestForm String displayName) {
        // The form names its fields as the login form does, so that the same body can log the new account in.
        Registration r = new Registration(trim(formUsername != null ? formUsername : username),
                formPassword != null ? formPassword : password, displayName);
        List<Problem.FieldError> errors = AccountService.problems(r);
        if (errors.isEmpty()) {
            try {
                accounts.register(r);
                if (formUsername != null && formPassword != null) {
                    // 307 repeats the POST with the same body at the login check: the new account is signed in
                    // and lands on the home page, without the password passing through the page again.
                    return Response.temporaryRedirect(URI.create("/j_security_check")).build();
                }
                return Response.seeOther(URI.create("/masuk?pesan=register_done")).build();
            } catch (ApiException e) {
                errors = e.errors().isEmpty() ? List.of(new Problem.FieldError("username", e.getMessage())) : e.errors();
            }
        }
        Map<String, String> byField = errors.stream()
                .collect(Collectors.toMap(Problem.FieldError::field, Problem.FieldError::message, (a, b) -> a));
        return Response.status(400)
                .entity(Templates.register(nullToEmpty(r.username()), nullToEmpty(displayName), byField,
                        Account.count() == 0))
                .build();
    }

    /**
     * Ends the session: on the server (every login cookie of the account issued until now is refused, see
     * {@link SignedOutSessions}) and in the browser (the cookie expires).
     */
    @POST
    @Path("keluar")
    @Operation(hidden = true)
    public Response logout() {
        if (viewer.isSignedIn()) {
            accounts.signOut(viewer.getUsername());
        }
        NewCookie expired = new NewCookie.Builder(sessionCookie).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.seeOther(URI.create("/masuk?pesan=logout_done")).cookie(expired).build();
    }

    /** The signed-in account and its API tokens, each with a button that revokes it. */
    @GET
    @Path("akun")
    @Operation(hidden = true)
    public TemplateInstance account(@QueryParam("dicabut") String revoked,
            @CookieParam(LanguageFilter.COOKIE) String language) {
        Account me = viewer.required();
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("id");
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale).withZone(ZoneId.of(zone));
        Instant now = tokens.now();
        List<TokenRow> rows = tokens.of(me).stream().map(t -> new TokenRow(t.id, t.name, format.format(t.createdAt),
                format.format(t.expiresAt), t.lastUsedAt == null ? null : format.format(t.lastUsedAt),
                t.isExpired(now))).toList();
        return Templates.account(me, rows, tokenLifetime.toDays(), revoked != null);
    }

    /** Revokes one of the signed-in account's tokens (another account's: 404). */
    @POST
    @Path("akun/token/{id}/cabut")
    @Operation(hidden = true)
    public Response revokeToken(@PathParam("id") long id) {
        tokens.revoke(viewer.required(), id);
        return Response.seeOther(URI.create("/akun?dicabut=1")).build();
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
