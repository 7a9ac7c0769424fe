package id.simak.quiz;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;

import id.simak.generate.Question;

/**
 * The question generator's metrics at {@code /q/metrics}, measured where {@code quiz} calls it (the generator
 * itself is pure Java): {@code simak_generation_time_seconds} per call and
 * {@code simak_questions_generated_total}, both tagged {@code use}: {@code draft} (an article stored or changed,
 * a draft made again) or {@code bank} (a teacher's bank of further questions, made again on each view).
 */
@ApplicationScoped
@Startup
public class GenerationMetrics {

    private final MeterRegistry registry;

    GenerationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Times one call of the generator and counts the questions it gave. */
    List<Question> generate(String use, Supplier<List<Question>> generation) {
        List<Question> questions = Timer.builder("simak.generation.time").tag("use", use)
                .description("Time of one question generation (analysis cached, not included)").register(registry)
                .record(generation);
        Counter.builder("simak.questions.generated").tag("use", use)
                .description("Questions the generator gave").register(registry).increment(questions.size());
        return questions;
    }
}
