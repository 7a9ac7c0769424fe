package id.simak.article;

import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import id.simak.account.Viewer;
import id.simak.web.ApiException;
import id.simak.web.CleanedText;

/** The article API: add (JSON or a plain-text upload), list, read and delete. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "basic")
@Tag(name = "Artikel")
public class ArticleResource {

    @Inject
    ArticleService articles;

    @Inject
    ArticleLookup lookup;

    @Inject
    Viewer viewer;

    /** A new article as JSON. */
    public record ArticleInput(String title, @CleanedText String text, String source) {}

    /** What the API answers after a new article is stored. */
    public record Created(long id, String title, int words, int sentences) {}

    /** An article in a list, without its text. */
    public record Summary(long id, String title, String source, int words, int sentences, String owner,
            Instant createdAt) {

        static Summary of(Article a) {
            return new Summary(a.id, a.title, a.source, a.words, a.sentences,
                    a.owner == null ? null : a.owner.username, a.createdAt);
        }
    }

    /** An article with its text. */
    public record Detail(long id, String title, String source, String text, int words, int sentences,
            String owner, Instant createdAt, Instant updatedAt) {

        static Detail of(Article a) {
            return new Detail(a.id, a.title, a.source, a.body, a.words, a.sentences,
                    a.owner == null ? null : a.owner.username, a.createdAt, a.updatedAt);
        }
    }

    @POST
    @RolesAllowed("TEACHER")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tambah artikel (JSON)", description = "Hanya guru. Teks wajib, paling banyak 100.000 karakter.")
    @APIResponse(responseCode = "201", description = "Artikel disimpan")
    @APIResponse(responseCode = "400", description = "Teks kosong atau data tidak valid")
    @APIResponse(responseCode = "413", description = "Teks terlalu panjang")
    public Response create(ArticleInput input) {
        if (input == null) {
            throw ApiException.badRequest("Kirim JSON {\"title\", \"text\", \"source\"}.");
        }
        return created(articles.create(viewer.account(), input.title(), input.text(), input.source()));
    }

    @POST
    @RolesAllowed("TEACHER")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Tambah artikel (unggah teks biasa UTF-8)",
            description = "Hanya guru. Judul dan sumber boleh dikirim sebagai parameter ?title= dan ?source=.")
    @APIResponse(responseCode = "201", description = "Artikel disimpan")
    @APIResponse(responseCode = "400", description = "Bukan UTF-8 yang sah, atau teks kosong")
    @APIResponse(responseCode = "413", description = "Teks terlalu panjang")
    public Response upload(byte[] body, @QueryParam("title") String title, @QueryParam("source") String source) {
        String text;
        try {
            text = ArticleText.decodeUtf8(body == null ? new byte[0] : body);
        } catch (CharacterCodingException e) {
            throw ApiException.invalid("text", "Berkas bukan teks UTF-8 yang sah.");
        }
        return created(articles.create(viewer.account(), title, text, source));
    }

    @GET
    @Operation(summary = "Daftar artikel, yang terbaru dulu")
    public List<Summary> list() {
        return Article.newestFirst().stream().map(Summary::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Satu artikel dengan teksnya")
    @APIResponse(responseCode = "404", description = "Artikel tidak ada")
    @APIResponse(responseCode = "409", description = "Artikel sedang disiapkan: artikel dari seeds/ disimpan sesaat "
            + "setelah aplikasi dinyalakan; coba lagi setelah Retry-After detik")
    public Detail get(@PathParam("id") long id) {
        return Detail.of(lookup.find(id));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("TEACHER")
    @Operation(summary = "Hapus artikel (pemiliknya)")
    @APIResponse(responseCode = "204", description = "Dihapus")
    @APIResponse(responseCode = "403", description = "Bukan pemiliknya")
    @APIResponse(responseCode = "404", description = "Artikel tidak ada")
    public Response delete(@PathParam("id") long id) {
        articles.delete(viewer.account(), id);
        return Response.noContent().build();
    }

    private static Response created(Article a) {
        return Response.created(URI.create("/api/articles/" + a.id))
                .entity(new Created(a.id, a.title, a.words, a.sentences)).build();
    }
}
