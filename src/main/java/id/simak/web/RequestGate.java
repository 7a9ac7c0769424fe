package id.simak.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses malformed requests before anything else reads them, with problem JSON and without an ERROR in the
 * log: no Host header (HTTP/1.1 requires one; HTTP/1.0 gets a 400 too, since redirects and links need it), a
 * request line longer than {@link #MAX_URI}, a declared body larger than the configured limit, a body without a
 * Content-Type (which no form or API client sends, but a cross-site script can), and an empty or unreadable
 * Content-Type. Vert.x refuses a request line beyond {@code quarkus.http.limits.max-initial-line-length}
 * itself, before any handler runs (16 KB here, so up to there the answer is problem JSON).
 */
@ApplicationScoped
public class RequestGate {

    /** The longest path and query Simak answers; longer ones get 414. */
    static final int MAX_URI = 4096;

    private static final Logger LOG = Logger.getLogger(RequestGate.class);

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
    MemorySize maxBody;

    void install(@Observes Router router) {
        // Before Quarkus' own body-size check (order -2), which answers a bare 413.
        router.route().order(-100).handler(this::check);
        // Vert.x refuses an HTTP/1.1 request without Host before any handler runs, by failing it with a 400 that
        // Quarkus' error handler logs as an ERROR with a stack trace: answered here first, quietly.
        router.route().order(-100).failureHandler(this::failed);
    }

    void failed(RoutingContext ctx) {
        if (ErrorMappers.isPoolTimeout(ctx.failure()) && !ctx.response().headWritten()) {
            // A login cookie or API token could not be checked for want of a database connection (ServerBusy from
            // the identity check, before any resource runs): 503 as ErrorMappers answers it, not Quarkus' 500.
            busy(ctx);
            return;
        }
        if (withoutHost(ctx.request()) && !ctx.response().headWritten()) {
            refuse(ctx, 400, "Permintaan tidak valid", "Permintaan tanpa header Host tidak dilayani.",
                    ctx.request().path() == null ? "/" : ctx.request().path());
            return;
        }
        ctx.next();
    }

    void check(RoutingContext ctx) {
        var request = ctx.request();
        String path = request.path() == null ? "/" : request.path();
        if (withoutHost(request)) {
            refuse(ctx, 400, "Permintaan tidak valid", "Permintaan tanpa header Host tidak dilayani.", path);
            return;
        }
        if (request.uri().length() > MAX_URI) {
            refuse(ctx, 414, "Alamat terlalu panjang",
                    "Alamat permintaan paling panjang " + MAX_URI + " karakter.", path.substring(0, Math.min(64, path.length())));
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length)) {
            refuse(ctx, 413, "Terlalu besar", "Isi permintaan terlalu besar: paling banyak "
                    + maxBody.asLongValue() / (1024 * 1024) + " MB.", path);
            return;
        }
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null && hasBody(length, request.getHeader(HttpHeaders.TRANSFER_ENCODING))) {
            refuse(ctx, 415, "Jenis isi tidak didukung",
                    "Isi permintaan tanpa header Content-Type; kirim misalnya application/json.", path);
            return;
        }
        if (type != null && !readable(type)) {
            refuse(ctx, 415, "Jenis isi tidak didukung",
                    "Header Content-Type kosong atau tidak terbaca; kirim misalnya application/json.", path);
            return;
        }
        ctx.next();
    }

    /** HTTP/1.x without a Host header; HTTP/2 names the host in its :authority instead. */
    private static boolean withoutHost(HttpServerRequest request) {
        return request.version() != HttpVersion.HTTP_2 && request.getHeader(HttpHeaders.HOST) == null;
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBody.asLongValue();
        } catch (NumberFormatException e) {
            return false; // Vert.x itself refuses an unreadable length
        }
    }

    private static boolean hasBody(String length, String transferEncoding) {
        if (transferEncoding != null) {
            return true;
        }
        try {
            return length != null && Long.parseLong(length.strip()) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static boolean readable(String type) {
        if (type.isBlank()) {
            return false;
        }
        try {
            MediaType.valueOf(type);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void busy(RoutingContext ctx) {
        String path = ctx.request().path() == null ? "/" : ctx.request().path();
        ErrorMappers.logBusy(path, ctx.failure());
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ErrorMappers.BUSY_RETRY_AFTER));
        if (path.startsWith("/api/") || path.startsWith("/q/")) {
            refuse(ctx, 503, ErrorMappers.BUSY_TITLE, ErrorMappers.BUSY_DETAIL, path);
            return;
        }
        String page;
        try {
            page = ErrorMappers.Templates.error(503, ErrorMappers.BUSY_TITLE, ErrorMappers.BUSY_DETAIL, true).render();
        } catch (RuntimeException e) {
            page = "<!doctype html><html lang=\"id\"><title>" + ErrorMappers.BUSY_TITLE + "</title><h1>"
                    + ErrorMappers.BUSY_TITLE + "</h1><p>" + ErrorMappers.BUSY_DETAIL + "</p></html>";
        }
        ctx.response().setStatusCode(503).putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8").end(page);
    }

    private void refuse(RoutingContext ctx, int status, String title, String detail, String path) {
        LOG.debugf("Refused %s %s: %d %s", ctx.request().method(), path, status, detail);
        Problem problem = new Problem("about:blank", title, status, detail, path, List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        var response = ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (status == 413) {
            // The announced body is not read, so the connection cannot carry another request.
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body);
    }
}
