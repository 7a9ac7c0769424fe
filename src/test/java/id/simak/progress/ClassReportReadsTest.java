package id.simak.progress;

import static id.simak.progress.ClassReportResourceTest.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import id.simak.Fixtures;
import id.simak.quiz.QuizQuestion;
import id.simak.review.ReviewTestAccess;

/**
 * A teacher opens the report of a class of 40 as fast as one of 2: it read each learner's attempts, review counts,
 * parameters and every reviewed card (as entities) one learner at a time, five queries more per learner, each
 * flushing a persistence context that grew by every learner's cards, so a class of 40 on a school's data took
 * 54 s (docs/benchmarks.md, issue 14 item 5). Counts the SQL statements of
 * one report for a class of 2 and of 6 learners, and checks that each learner's row still holds their own figures.
 */
@QuarkusTest
class ClassReportReadsTest {

    @Inject
    org.hibernate.SessionFactory sessions;

    @Test
    void theReportReadsTheSameWhateverTheNumberOfLearners() {
        String teacher = Fixtures.teacher("lapbaca-guru");
        long article = Fixtures.teacherArticle(teacher, ClassReportResourceTest.ARTICLE);
        long set = ClassReportResourceTest.set(article, teacher, "Laporan baca: taman baca");
        List<Long> q = QuarkusTransaction.requiringNew().call(() -> QuizQuestion.<QuizQuestion>list(
                "set.id = ?1 order by position", set).stream().map(x -> x.id).toList());
        long small = classOf(teacher, set, q, "lapbaca-kecil-", 2);
        long large = classOf(teacher, set, q, "lapbaca-besar-", 6);
        long few = statementsOfReport(teacher, small, "lapbaca-kecil-", 2);
        long many = statementsOfReport(teacher, large, "lapbaca-besar-", 6);
        assertEquals(few, many, "SQL statements for the report of a class of 2 and of 6 learners");
    }

    /** A class of n learners: learner i has met i cards and rated each Good, and took the assigned set once. */
    private static long classOf(String teacher, long set, List<Long> q, String prefix, int n) {
        long classId = as(teacher).body(Map.of("name", "Kelas " + prefix)).post("/api/classes").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String code = as(teacher).get("/api/classes/" + classId).then().extract().jsonPath().getString("code");
        as(teacher).body(Map.of("setId", set, "due", "2030-12-02")).post("/api/classes/" + classId + "/assignments")
                .then().statusCode(201);
        for (int i = 1; i <= n; i++) {
            String learner = Fixtures.learner(prefix + i);
            as(learner).body(Map.of("code", code)).post("/api/classes/join").then().statusCode(200);
            for (Long card : ReviewTestAccess.meet(learner, i)) {
                as(learner).body(Map.of("cardId", card, "rating", "GOOD")).post("/api/reviews").then().statusCode(200);
            }
            ClassReportResourceTest.take(learner, set, q, List.of("Bandung"), "Bandung", i % 2 == 0 ? "Benar" : "Salah",
                    4000, 5000, 3000);
        }
        return classId;
    }

    private long statementsOfReport(String teacher, long classId, String prefix, int n) {
        as(teacher).get("/api/classes/" + classId + "/report").then().statusCode(200); // the query plans are made once
        var statistics = sessions.getStatistics();
        statistics.setStatisticsEnabled(true);
        long before = statistics.getPrepareStatementCount();
        JsonPath r = as(teacher).get("/api/classes/" + classId + "/report").then().statusCode(200).extract().jsonPath();
        long statements = statistics.getPrepareStatementCount() - before;
        statistics.setStatisticsEnabled(false);
        assertEquals(n, r.getList("learners").size());
        for (int i = 1; i <= n; i++) {
            String row = "learners.find { it.username == '" + prefix + i + "' }";
            assertEquals(i, r.getInt(row + ".reviewsTotal"), prefix + i + "'s reviews");
            assertEquals(i, r.getInt(row + ".reviewsLast7Days"), prefix + i + "'s reviews this week");
            assertEquals(i, r.getInt(row + ".reviewedCards"), prefix + i + "'s reviewed cards");
            assertNotNull(r.get(row + ".predictedRetention"), prefix + i + "'s predicted retention");
            assertEquals("ON_TIME", r.getString(row + ".sets[0].status"));
            assertEquals(1, r.getInt(row + ".sets[0].attempts"));
            assertEquals(i % 2 == 0 ? 3 : 2, r.getInt(row + ".sets[0].bestCorrect"), prefix + i + "'s best score");
        }
        return statements;
    }
}
