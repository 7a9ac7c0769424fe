package id.simak.web;

import java.util.List;

/**
 * A failure the caller can fix or should know about, with its HTTP status and an Indonesian message; turned
 * into problem JSON for the API and an error page for the browser.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;
    private Integer retryAfterSeconds;

    public ApiException(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public ApiException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "Permintaan tidak valid", detail);
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(400, "Data tidak valid", message, List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "Tidak ditemukan", detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "Tidak diizinkan", detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "Konflik", detail);
    }

    /** Asks the client to try again after this many seconds (a {@code Retry-After} header on the answer). */
    public ApiException retryAfter(int seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    /** The seconds of {@link #retryAfter}, or null. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
