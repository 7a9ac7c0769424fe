package id.simak.article;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import id.simak.analysis.ArticleAnalysis;

/** What Simak reads in an article: sentences, dates, places, people, visits, quotes, lists, numbers, words. */
@Path("/api/articles/{id}/analysis")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "basic")
@Tag(name = "Artikel")
public class AnalysisResource {

    @Inject
    ArticleReading reading;

    @Inject
    ArticleLookup lookup;

    @GET
    @Operation(summary = "Analisis artikel",
            description = "Kalimat, dateline, tanggal (ISO 8601), tempat, tokoh, kunjungan, kutipan, daftar, angka, "
                    + "akronim dan kosakata dengan kata dasar. Setiap 'sentence' adalah indeks ke 'sentences'.")
    @APIResponse(responseCode = "404", description = "Artikel tidak ada")
    @APIResponse(responseCode = "409", description = "Artikel sedang disiapkan (sesaat setelah aplikasi dinyalakan)")
    public ArticleAnalysis analysis(@PathParam("id") long id) {
        return reading.analysis(lookup.find(id));
    }
}
