package id.simak.srs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The study day of an instant: the local date, in the learner's zone, of the instant moved back by the start hour. */
class StudyDayTest {

    @ParameterizedTest
    @CsvSource({
            // zone, instant, start hour, study day
            "Asia/Jakarta, 2026-12-06T20:59:59Z, 4, 2026-12-06", // 03:59:59 local: still the day before's study day
            "Asia/Jakarta, 2026-12-06T21:00:00Z, 4, 2026-12-07", // 04:00 local: a new study day
            "Asia/Jakarta, 2026-12-06T16:59:59Z, 0, 2026-12-06",
            "Asia/Jakarta, 2026-12-06T17:00:00Z, 0, 2026-12-07",
            "America/New_York, 1970-01-01T08:00:00Z, 4, 1969-12-31", // 03:00 local on 1 January: day number -1
            "Pacific/Chatham, 2026-06-30T15:14:59Z, 4, 2026-06-30", // a zone 12:45 ahead
    })
    void theStudyDayStartsAtTheStartHourInTheLearnersZone(String zone, String instant, int hour, String day) {
        assertEquals(LocalDate.parse(day).toEpochDay(), StudyDay.of(Instant.parse(instant), ZoneId.of(zone), hour));
    }

    /** The arithmetic agrees with java.time's own conversion for instants over two centuries and any start hour. */
    @ParameterizedTest
    @ValueSource(strings = { "Asia/Jakarta", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "UTC",
            "Asia/Kathmandu" })
    void agreesWithJavaTime(String zoneName) {
        ZoneId zone = ZoneId.of(zoneName);
        Random random = new Random(zoneName.hashCode());
        for (int i = 0; i < 20_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 4_000_000_000L), random.nextInt(1_000_000_000));
            int hour = random.nextInt(24);
            long expected = t.minusSeconds(hour * 3600L).atZone(zone).toLocalDate().toEpochDay();
            assertEquals(expected, StudyDay.of(t, zone, hour), t + " in " + zone + " from " + hour + ":00");
        }
    }
}
