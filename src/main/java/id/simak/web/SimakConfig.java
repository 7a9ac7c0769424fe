package id.simak.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Simak's own settings, under the prefix {@code simak}. */
@ConfigMapping(prefix = "simak")
public interface SimakConfig {

    /** Folder for the embedded database and the generated session key. */
    @WithDefault("./data")
    String dataDir();

    /** Folder whose {@code *.txt} files are imported as articles at start. */
    @WithDefault("seeds")
    String seedsDir();

    /** Folder whose {@code *.yaml} question sets are imported at start (see docs/quiz-format.md). */
    @WithDefault("quizzes")
    String quizzesDir();
}
