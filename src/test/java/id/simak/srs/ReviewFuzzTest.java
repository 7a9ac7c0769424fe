package id.simak.srs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Vector V8 of the team's FSRS reference: Anki rslib/src/scheduler/states/fuzz.rs test with_review_fuzz. */
class ReviewFuzzTest {

    @ParameterizedTest(name = "V8 ({0}, {1}, {2}) -> {3}, {4}, {5}")
    @CsvSource({"1.0,1,1000,1,1,1", "2.49,1,1000,2,2,2", "2.5,1,1000,2,3,4", "7.0,1,1000,5,7,9",
        "17.0,1,1000,14,17,20", "37.0,1,1000,33,37,41", "2.0,2,1000,2,2,2", "2.0,3,1000,3,4,4", "2.0,3,3,3,3,3",
        "6.9,3,1000,5,7,9", "7.1,3,1000,5,7,9", "19.9,3,1000,17,20,23", "20.0,3,1000,17,20,23",
        "20.1,3,1000,17,20,23", "100.0,101,1000,101,105,108", "100.0,1,99,92,96,99", "100.0,97,103,97,100,103"})
    void v8_fuzzBounds(double interval, int min, int max, int lower, int middle, int upper) {
        assertEquals(lower, ReviewFuzz.apply(0.0, interval, min, max));
        assertEquals(middle, ReviewFuzz.apply(0.5, interval, min, max));
        assertEquals(upper, ReviewFuzz.apply(0.99, interval, min, max));
    }

    @ParameterizedTest(name = "V8 no fuzz ({0}, {1}, {2}) -> {3}")
    @CsvSource({"1.5,1,100,2", "0.1,1,100,1", "101.0,1,100,100"})
    void v8_noFuzzOnlyRoundsAndClamps(double interval, int min, int max, int expected) {
        assertEquals(expected, ReviewFuzz.apply(null, interval, min, max));
    }
}
