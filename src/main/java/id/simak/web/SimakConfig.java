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

    /**
     * Whether the browser tests save their screenshots to docs/screenshots (else target/screenshots); given as
     * {@code -Dsimak.screenshots=true}, declared here so that the app accepts the property.
     */
    @WithDefault("false")
    boolean screenshots();

    /** Folder whose {@code *.yaml} question sets are imported at start (see docs/quiz-format.md). */
    @WithDefault("quizzes")
    String quizzesDir();

    /** How the generator drafts questions. */
    Generate generate();

    /** Limits that keep one teacher's input from taking the server down. */
    Limits limits();

    /** Limits on what one request may make, under {@code simak.limits}. */
    interface Limits {

        /** The most questions one set holds: adding one more (form, API, bank) answers 409. */
        @WithDefault("200")
        int questionsPerSet();

        /** The most questions one imported file may hold: a longer file is refused whole (400). */
        @WithDefault("200")
        int questionsPerImport();
    }

    /** Settings of the question generator, under {@code simak.generate}. */
    interface Generate {

        /**
         * The number of questions of a generated draft for an article of typical length (about 450 words of body
         * text); shorter and longer articles get 8 to 15.
         */
        @WithDefault("10")
        int draftSize();
    }

    /** The cookies Simak sets. */
    Cookies cookies();

    /** Settings of the cookies, under {@code simak.cookies}. */
    interface Cookies {

        /** Mark every cookie {@code Secure}: set it when Simak is served over HTTPS (see {@code RequestGuard}). */
        @WithDefault("false")
        boolean secure();
    }

    /** How logins are guarded. */
    Login login();

    /** API tokens (see {@code account.ApiTokens}), under {@code simak.tokens}. */
    Tokens tokens();

    /** Settings of the API tokens, under {@code simak.tokens}. */
    interface Tokens {

        /** How long a token works after it is issued; then its client asks for a new one with the password. */
        @WithDefault("P30D")
        java.time.Duration lifetime();

        /** The most unexpired tokens one account may hold; issuing one more answers 409. */
        @WithDefault("100")
        int maxPerAccount();
    }

    /** Settings of the login, under {@code simak.login}. */
    interface Login {

        /** The limit on failed logins (see {@code account.LoginLimiter}), under {@code simak.login.limit}. */
        Limit limit();

        interface Limit {

            /** False turns the limiter off (for the benchmark that measures its cost). */
            @WithDefault("true")
            boolean enabled();

            /** Failed logins of one user name within the window before further logins are refused. */
            @WithDefault("10")
            int perAccount();

            /** Failed logins from one address within the window (a school often shares one address). */
            @WithDefault("100")
            int perAddress();

            @WithDefault("PT15M")
            java.time.Duration window();
        }
    }
}
