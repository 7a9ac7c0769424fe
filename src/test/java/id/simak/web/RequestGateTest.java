package id.simak.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Malformed requests are refused with problem JSON, and none of them writes an ERROR to the log. */
@QuarkusTest
class RequestGateTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void requestsWithoutAHostHeaderAreRefusedWithoutAnErrorInTheLog() throws Exception {
        List<String> errors = new CopyOnWriteArrayList<>();
        Handler watch = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(r.getLoggerName() + ": " + r.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(watch);
        try {
            for (String path : List.of("/", "/api/articles", "/masuk", "/bahasa/en", "/tidak-ada")) {
                for (String request : List.of("GET " + path + " HTTP/1.0\r\n\r\n",
                        "GET " + path + " HTTP/1.1\r\nConnection: close\r\n\r\n",
                        "POST " + path + " HTTP/1.1\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")) {
                    String answer = raw(request);
                    assertTrue(answer.startsWith("HTTP/1.0 400") || answer.startsWith("HTTP/1.1 400"),
                            path + ": " + answer.lines().findFirst().orElse(""));
                    assertTrue(answer.contains("application/problem+json"), answer);
                }
            }
        } finally {
            root.removeHandler(watch);
        }
        assertEquals(List.of(), errors, "15 requests without Host wrote no ERROR");
    }

    @Test
    void aTooLongAddressGets414ProblemJson() {
        given().get("/api/articles?cari=" + "a".repeat(5000)).then().statusCode(414)
                .contentType("application/problem+json").body("status", equalTo(414));
        given().get("/artikel/" + "a".repeat(5000)).then().statusCode(414)
                .contentType("application/problem+json");
    }

    private String raw(String request) throws Exception {
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
