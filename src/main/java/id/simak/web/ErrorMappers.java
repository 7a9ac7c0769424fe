package id.simak.web;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerResponse;

/**
 * Turns every failure into RFC 9457 problem JSON under {@code /api} and into an Indonesian error page
 * elsewhere; a client never sees a stack trace.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        /** {@code serverError}: the page leaves out the navigation and the account, which need the database. */
        static native TemplateInstance error(int status, String title, String detail, boolean serverError);
    }

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        Response r = respond(uri, e.status(), e.title(), e.getMessage(), e.errors());
        if (e.retryAfterSeconds() != null) {
            return Response.fromResponse(r).header("Retry-After", e.retryAfterSeconds()).build();
        }
        return r;
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(Exception e, UriInfo uri, HttpServerResponse sent, HttpHeaders headers) {
        if (isPoolTimeout(e)) {
            // The login cookie or token could not be checked because no database connection was free: the caller
            // is still signed in, so not a 401 or a trip to the login page.
            return busy(uri, e);
        }
        if (!isApi(uri)) {
            // A failed form login, or a page that needs one: back to the login page, as the form mechanism does.
            // After a failed POST to /j_security_check the mechanism has already set its Location: one is enough.
            if (sent != null && sent.headers().contains(HttpHeaders.LOCATION)) {
                return Response.status(302).build();
            }
            return Response.status(302).location(URI.create("/masuk?gagal=1")).build();
        }
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            // RFC 6750: a token that is unknown, revoked or expired is an "invalid_token".
            Response r = respond(uri, 401, "Token tidak berlaku",
                    "Token API ini tidak dikenal, sudah dicabut atau sudah kedaluwarsa. Minta token baru dengan "
                            + "POST /api/tokens.", List.of());
            return Response.fromResponse(r)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Simak\", error=\"invalid_token\"").build();
        }
        Response r = respond(uri, 401, "Perlu masuk",
                "Masuk dulu: kirim token API (Authorization: Bearer, dari POST /api/tokens) atau nama pengguna dan "
                        + "kata sandi (HTTP Basic).", List.of());
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Simak\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(uri, 403, "Tidak diizinkan", "Akun Anda tidak boleh melakukan ini.", List.of());
    }

    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class })
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof StrictJson.RefusedText refused) {
            String field = fieldOf(refused);
            return respond(uri, 400, "Data tidak valid", refused.getOriginalMessage(),
                    List.of(new Problem.FieldError(field, refused.getOriginalMessage())));
        }
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Duplicate field '")) {
            String field = message.substring("Duplicate field '".length()).replaceFirst("'.*", "");
            String detail = "Kolom \"" + field + "\" dikirim dua kali dalam JSON; kirim setiap kolom sekali.";
            return respond(uri, 400, "Permintaan tidak valid", detail, List.of(new Problem.FieldError(field, detail)));
        }
        return respond(uri, 400, "Permintaan tidak valid",
                "Isi permintaan bukan JSON yang sah atau tidak sesuai bentuknya.", List.of());
    }

    /** The JSON field a mapping failure is about ("choices[2]" for an element of a list). */
    private static String fieldOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                field.append('[').append(r.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    @ServerExceptionMapper
    public Response violation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return respond(uri, 400, "Data tidak valid", "Periksa isian yang ditandai.", errors);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        Response r = respond(uri, status, titleFor(status), detailFor(status), List.of());
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            r = Response.fromResponse(r).header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW))
                    .build();
        }
        return r;
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (isPoolTimeout(e)) {
            return busy(uri, e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (isWriteConflict(t)) {
                // Two requests changed the same rows at once (two undos of one review): the loser may try again.
                LOG.debugf("Write conflict: %s", t);
                return respond(uri, 409, "Konflik",
                        "Data ini baru saja diubah oleh permintaan lain. Muat ulang lalu coba lagi.", List.of());
            }
        }
        LOG.error("Unexpected failure", e);
        return respond(uri, 500, titleFor(500), detailFor(500), List.of());
    }

    /** Seconds a client is asked to wait when the server is overloaded. */
    static final int BUSY_RETRY_AFTER = 5;

    /**
     * No database connection became free within the pool's acquisition timeout (Agroal, 5 s by default): the
     * server has more requests than it can serve now. 503 with {@code Retry-After}, and a one-line WARN instead of an
     * ERROR with a stack trace per request, which under overload would flood the log.
     */
    static Response busy(UriInfo uri, Throwable e) {
        logBusy("/" + uri.getPath().replaceFirst("^/+", ""), e);
        Response r = respond(uri, 503, BUSY_TITLE, BUSY_DETAIL, List.of());
        return Response.fromResponse(r).header("Retry-After", BUSY_RETRY_AFTER).build();
    }

    static final String BUSY_TITLE = "Server sedang sibuk";
    static final String BUSY_DETAIL = "Server sedang melayani banyak permintaan sekaligus. Coba lagi dalam beberapa "
            + "detik.";

    static void logBusy(String path, Throwable e) {
        LOG.warnf("Overloaded: no database connection free in time for %s (%s); answered 503", path,
                poolTimeout(e).getMessage());
    }

    /**
     * Whether the failure is the connection pool's acquisition timeout, however wrapped (Hibernate's "Unable to
     * acquire JDBC Connection", an authentication failure): Agroal throws a plain {@link SQLException}, "Sorry,
     * acquisition timeout!" when every connection is in use, or "Acquisition timeout while waiting for new
     * connection" (caused by a {@link TimeoutException}) when a new one could not be opened in time.
     */
    static boolean isPoolTimeout(Throwable e) {
        return poolTimeout(e) != null;
    }

    /** The pool's {@link SQLException} among the causes, or null. */
    private static SQLException poolTimeout(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql && (t.getCause() instanceof TimeoutException || (t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")))) {
                return sql;
            }
        }
        return null;
    }

    /** Hibernate's locking failures, named because {@code web} does not import the ORM. */
    private static final Set<String> HIBERNATE_CONFLICTS = Set.of("org.hibernate.StaleStateException",
            "org.hibernate.PessimisticLockException", "org.hibernate.exception.LockAcquisitionException",
            "org.hibernate.exception.LockTimeoutException");

    /** An optimistic or pessimistic locking failure of JPA or Hibernate. */
    static boolean isWriteConflict(Throwable t) {
        if (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                || t instanceof LockTimeoutException) {
            return true;
        }
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (HIBERNATE_CONFLICTS.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }

    static Response respond(UriInfo uri, int status, String title, String detail, List<Problem.FieldError> errors) {
        String path = "/" + uri.getPath().replaceFirst("^/+", "");
        if (isApi(uri)) {
            Problem p = new Problem("about:blank", title, status, detail, path, errors);
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(p).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, detail, status >= 500)).build();
    }

    static boolean isApi(UriInfo uri) {
        String path = "/" + uri.getPath().replaceFirst("^/+", "");
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/");
    }

    static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Permintaan tidak valid";
            case 401 -> "Perlu masuk";
            case 403 -> "Tidak diizinkan";
            case 404 -> "Tidak ditemukan";
            case 405 -> "Metode tidak diizinkan";
            case 406 -> "Format tidak tersedia";
            case 409 -> "Konflik";
            case 413 -> "Terlalu besar";
            case 415 -> "Jenis isi tidak didukung";
            case 503 -> "Server sedang sibuk";
            default -> status >= 500 ? "Kesalahan server" : "Permintaan gagal";
        };
    }

    static String detailFor(int status) {
        return switch (status) {
            case 400 -> "Permintaan tidak valid: periksa bentuk JSON dan parameter yang dikirim.";
            case 404 -> "Halaman atau data yang diminta tidak ada.";
            case 405 -> "Alamat ini tidak menerima metode HTTP tersebut.";
            case 406 -> "Alamat ini tidak dapat menjawab dalam format yang diminta.";
            case 413 -> "Isi permintaan terlalu besar.";
            case 415 -> "Kirim JSON (application/json) atau teks biasa (text/plain).";
            default -> status >= 500 ? "Maaf, terjadi kesalahan di server. Coba lagi nanti."
                    : "Permintaan tidak dapat diproses.";
        };
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot >= 0 ? path.substring(dot + 1) : path;
    }
}
