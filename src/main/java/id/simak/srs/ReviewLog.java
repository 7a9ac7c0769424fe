package id.simak.srs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongBiFunction;

/** A learner's review history read from CSV {@code card_id,review_rating,review_time[,review_duration]}. */
public final class ReviewLog {

    /** One row of the log. */
    public record Review(long cardId, int grade, Instant time) {}

    private final List<Review> reviews;

    public ReviewLog(List<Review> reviews) {
        List<Review> sorted = new ArrayList<>(reviews);
        sorted.sort(Comparator.comparing(Review::time));
        this.reviews = List.copyOf(sorted);
    }

    public static ReviewLog read(Path csv) {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReviewLog parse(Reader source) throws IOException {
        BufferedReader reader = new BufferedReader(source);
        String header = reader.readLine();
        if (header == null || !header.startsWith("card_id,review_rating,review_time")) {
            throw new IllegalArgumentException("expected header card_id,review_rating,review_time, got " + header);
        }
        List<Review> rows = new ArrayList<>();
        String line;
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            try {
                rows.add(new Review(Long.parseLong(cells[0].trim()), Integer.parseInt(cells[1].trim()),
                        OffsetDateTime.parse(cells[2].trim()).toInstant()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("bad review on line " + lineNumber + ": " + line, e);
            }
        }
        return new ReviewLog(rows);
    }

    public List<Review> reviews() {
        return reviews;
    }

    /** Time of the review at {@code fraction} of the log, used to split training from test reviews. */
    public Instant timeAtFraction(double fraction) {
        int index = (int) Math.min(reviews.size() - 1, Math.floor(reviews.size() * fraction));
        return reviews.get(index).time();
    }

    /** Per-card sequences with days counted as {@code days}; only manual ratings 1..4 are kept. */
    public List<ReviewSequence> sequences(DayConvention days) {
        return sequences(days::days);
    }

    /** Per-card sequences with days counted in the learner's study days, as the scheduler counts them. */
    public List<ReviewSequence> sequences(ZoneId zone, int dayStartHour) {
        return sequences((earlier, later) -> StudyDay.between(earlier, later, zone, dayStartHour));
    }

    /** Per-card sequences, in order of each card's first review. */
    private List<ReviewSequence> sequences(ToLongBiFunction<Instant, Instant> days) {
        Map<Long, List<Review>> byCard = new LinkedHashMap<>();
        for (Review review : reviews) {
            if (review.grade() >= 1 && review.grade() <= 4) {
                byCard.computeIfAbsent(review.cardId(), id -> new ArrayList<>()).add(review);
            }
        }
        List<ReviewSequence> sequences = new ArrayList<>(byCard.size());
        for (Map.Entry<Long, List<Review>> entry : byCard.entrySet()) {
            List<Review> card = entry.getValue();
            int n = card.size();
            int[] grades = new int[n];
            long[] elapsed = new long[n];
            Instant[] times = new Instant[n];
            for (int i = 0; i < n; i++) {
                grades[i] = card.get(i).grade();
                times[i] = card.get(i).time();
                elapsed[i] = i == 0 ? 0 : days.applyAsLong(times[i - 1], times[i]);
            }
            sequences.add(new ReviewSequence(entry.getKey(), grades, elapsed, times));
        }
        return sequences;
    }
}
