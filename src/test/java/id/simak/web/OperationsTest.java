package id.simak.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsTest {

    @Test
    void healthIncludesTheDatabase() {
        given().get("/q/health").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void theOpenApiDocumentCoversEveryEndpoint() {
        var doc = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        for (String path : new String[] { "/api/accounts", "/api/accounts/{username}", "/api/accounts/{username}/role",
                "/api/me", "/api/articles", "/api/articles/{id}" }) {
            org.hamcrest.MatcherAssert.assertThat(path, doc.getMap("paths.'" + path + "'"), notNullValue());
        }
        org.hamcrest.MatcherAssert.assertThat(doc.getMap("components.securitySchemes.basic"), notNullValue());
        org.hamcrest.MatcherAssert.assertThat(doc.getMap("paths.'/api/articles'.post.requestBody.content"),
                org.hamcrest.Matchers.hasKey("text/plain"));
    }
}
