package id.simak.web;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API's description in the OpenAPI document: HTTP Basic for every call that needs an account. */
@OpenAPIDefinition(info = @Info(title = "Simak API", version = "1",
        description = "Artikel berita Indonesia menjadi kuis pemahaman bacaan dan kartu hafalan. "
                + "Kesalahan dijawab sebagai application/problem+json (RFC 9457)."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class SimakApi extends Application {
}
