package id.simak.web;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Completes the OpenAPI document ({@code mp.openapi.filter}): every operation that takes HTTP Basic also takes a
 * bearer token, and the description shows the token flow. One place, so a feature's resource names only "basic".
 */
public class ApiDocument implements OASFilter {

    static final String FLOW = """


            **Masuk ke API.** Cara cepat: tukar nama pengguna dan kata sandi dengan token sekali, lalu kirim token \
            itu pada setiap panggilan (tanpa bcrypt per panggilan):

            ```
            curl -X POST http://localhost:8080/api/tokens -H 'Content-Type: application/json' \\
                 -d '{"username":"siti","password":"kata-sandi-siti","name":"Skrip saya"}'
            # {"id":1,"name":"Skrip saya","token":"smk_...","tokenType":"Bearer","expiresAt":"..."}
            curl -H 'Authorization: Bearer smk_...' http://localhost:8080/api/reviews/due
            curl -H 'Authorization: Bearer smk_...' http://localhost:8080/api/tokens          # token akun ini
            curl -X DELETE -H 'Authorization: Bearer smk_...' http://localhost:8080/api/tokens/1
            ```

            Token berlaku 30 hari dan dapat dicabut kapan saja (juga di halaman Akun, /akun); token yang salah, \
            kedaluwarsa atau dicabut dijawab 401. HTTP Basic (`curl -u siti:kata-sandi-siti ...`) tetap diterima \
            tetapi lambat: setiap panggilan memeriksa kata sandi dengan bcrypt (docs/benchmarks.md).""";

    @Override
    public Operation filterOperation(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        if (security != null && security.stream().anyMatch(r -> r.hasScheme("basic"))
                && security.stream().noneMatch(r -> r.hasScheme("bearer"))) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"));
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getInfo() != null) {
            String description = openAPI.getInfo().getDescription();
            openAPI.getInfo().setDescription((description == null ? "" : description) + FLOW);
        }
    }
}
