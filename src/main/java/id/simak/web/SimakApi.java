package id.simak.web;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API's description in the OpenAPI document: a bearer token ({@code POST /api/tokens}) or HTTP Basic for every
 * call that needs an account ({@link ApiDocument} offers both wherever a resource names "basic").
 */
@OpenAPIDefinition(info = @Info(title = "Simak API", version = "1",
        description = "Artikel berita Indonesia menjadi kuis pemahaman bacaan dan kartu hafalan. "
                + "Kesalahan dijawab sebagai application/problem+json (RFC 9457)."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "Nama pengguna dan kata sandi pada setiap panggilan: lambat (bcrypt tiap kali); pakai token.")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "Token dari POST /api/tokens: Authorization: Bearer smk_...")
public class SimakApi extends Application {
}
