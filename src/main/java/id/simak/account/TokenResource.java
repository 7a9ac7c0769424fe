package id.simak.account;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

import id.simak.web.ApiException;
import id.simak.web.Problem;

/** API tokens: trade a user name and password for a bearer token once, list the caller's tokens, revoke one. */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Token API", description = "Token pembawa (Bearer) pengganti kata sandi pada setiap panggilan API")
public class TokenResource {

    @Inject
    ApiTokens tokens;

    @Inject
    Viewer viewer;

    @Inject
    SecurityIdentity identity;

    /** What a client sends to get a token; {@code name} says where it is used ("Aplikasi ponsel"). */
    public record TokenRequest(String username, String password, String name) {}

    /** A new token: {@code token} is shown only in this answer. */
    public record IssuedToken(long id, String name, String token, String tokenType, Instant createdAt,
            Instant expiresAt) {}

    /** A token as listed: never the token itself. {@code current}: the token this request came with. */
    public record TokenView(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
            boolean expired, boolean current) {}

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Minta token API dengan nama pengguna dan kata sandi",
            description = "Kirim {\"username\", \"password\", \"name\"} (name boleh kosong). Jawabannya memuat token "
                    + "(hanya sekali ini ditampilkan); kirim token itu pada setiap panggilan sebagai header "
                    + "`Authorization: Bearer <token>`. Token berlaku 30 hari (simak.tokens.lifetime). Percobaan yang "
                    + "gagal dihitung seperti login: setelah 10 kali salah untuk satu akun (atau 100 dari satu alamat) "
                    + "dalam 15 menit, jawabannya 429 dengan Retry-After tanpa memeriksa kata sandi.")
    @APIResponse(responseCode = "201", description = "Token dibuat")
    @APIResponse(responseCode = "400", description = "Data tidak valid")
    @APIResponse(responseCode = "401", description = "Nama pengguna atau kata sandi salah")
    @APIResponse(responseCode = "409", description = "Akun sudah punya terlalu banyak token")
    @APIResponse(responseCode = "429", description = "Terlalu banyak percobaan yang gagal")
    public Response issue(TokenRequest request, @Context HttpServerRequest http) {
        if (request == null) {
            throw ApiException.badRequest("Kirim JSON {\"username\", \"password\"} (dan boleh \"name\").");
        }
        ApiTokens.Issued issued;
        try {
            issued = tokens.issue(request.username(), request.password(), request.name(), LoginGuard.address(http));
        } catch (ApiTokens.TooManyAttempts e) {
            Problem p = new Problem("about:blank", e.title(), e.status(), e.getMessage(), "/api/tokens", List.of());
            return Response.status(e.status()).header("Retry-After", e.retryAfterSeconds).type(Problem.MEDIA_TYPE)
                    .entity(p).build();
        }
        ApiToken t = issued.record();
        return Response.created(URI.create("/api/tokens/" + t.id))
                .entity(new IssuedToken(t.id, t.name, issued.token(), "Bearer", t.createdAt, t.expiresAt)).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "Token API akun ini", description = "Terbaru dahulu; tokennya sendiri tidak pernah ditampilkan.")
    @SecurityRequirement(name = "basic")
    public List<TokenView> list() {
        Account me = viewer.required();
        Long current = identity.getAttribute(ApiTokens.ATTRIBUTE);
        Instant now = tokens.now();
        return tokens.of(me).stream().map(t -> new TokenView(t.id, t.name, t.createdAt, t.expiresAt, t.lastUsedAt,
                t.isExpired(now), current != null && current == t.id)).toList();
    }

    @DELETE
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Cabut token API", description = "Token itu langsung tidak berlaku lagi (401). Token akun lain: 404.")
    @APIResponse(responseCode = "204", description = "Token dicabut")
    @APIResponse(responseCode = "404", description = "Tidak ada token ini pada akun Anda")
    @SecurityRequirement(name = "basic")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(viewer.required(), id);
        return Response.noContent().build();
    }
}
