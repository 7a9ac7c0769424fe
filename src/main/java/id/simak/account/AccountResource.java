package id.simak.account;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import id.simak.web.ApiException;

/** The account API: register, who am I, and the administrator's change of an account's role. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Akun")
public class AccountResource {

    @Inject
    AccountService accounts;

    @Inject
    Viewer viewer;

    /** A role change sent by the administrator; {@code admin} null keeps the administration as it is. */
    public record RoleChange(Role role, Boolean admin) {}

    @POST
    @Path("accounts")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Daftar akun baru",
            description = "Akun pertama pada basis data kosong menjadi TEACHER dan administrator, akun berikutnya "
                    + "LEARNER.")
    @APIResponse(responseCode = "201", description = "Akun dibuat")
    @APIResponse(responseCode = "400", description = "Data tidak valid")
    @APIResponse(responseCode = "409", description = "Nama pengguna sudah dipakai")
    public Response register(Registration registration) {
        if (registration == null) {
            throw ApiException.badRequest("Kirim JSON {\"username\", \"password\", \"displayName\"}.");
        }
        Account a = accounts.register(registration);
        return Response.created(URI.create("/api/accounts/" + a.username)).entity(AccountView.of(a)).build();
    }

    @GET
    @Path("me")
    @Authenticated
    @Operation(summary = "Akun yang sedang masuk")
    @SecurityRequirement(name = "basic")
    public AccountView me() {
        return AccountView.of(viewer.account());
    }

    @GET
    @Path("accounts/{username}")
    @Authenticated
    @Operation(summary = "Satu akun: guru melihat semua akun, murid hanya akunnya sendiri")
    @SecurityRequirement(name = "basic")
    @APIResponse(responseCode = "403", description = "Akun orang lain")
    @APIResponse(responseCode = "404", description = "Akun tidak ada")
    public AccountView get(@PathParam("username") String username) {
        Account me = viewer.account();
        if (!me.isTeacher() && !me.username.equals(username)) {
            throw ApiException.forbidden("Murid hanya boleh melihat akunnya sendiri.");
        }
        Account a = Account.findByUsername(username);
        if (a == null) {
            throw ApiException.notFound("Akun \"" + username + "\" tidak ada.");
        }
        return AccountView.of(a);
    }

    @PUT
    @Path("accounts/{username}/role")
    @RolesAllowed("TEACHER")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ubah peran akun (hanya administrator)",
            description = "role TEACHER atau LEARNER; admin (opsional) true/false menjadikan akun administrator atau "
                    + "bukan. Administrator selalu guru; administrator terakhir tidak dapat diturunkan (409).")
    @APIResponse(responseCode = "403", description = "Bukan administrator")
    @APIResponse(responseCode = "409", description = "Administrator terakhir")
    @SecurityRequirement(name = "basic")
    public AccountView changeRole(@PathParam("username") String username, RoleChange change) {
        if (change == null || change.role() == null) {
            throw ApiException.invalid("role", "Peran harus TEACHER atau LEARNER.");
        }
        return AccountView.of(accounts.changeRole(viewer.account(), username, change.role(), change.admin()));
    }
}
