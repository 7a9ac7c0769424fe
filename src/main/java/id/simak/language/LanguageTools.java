package id.simak.language;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.arc.ClientProxy;

import id.simak.analysis.ArticleAnalyzer;
import id.simak.analysis.HunspellLexicon;
import id.simak.analysis.Lexicon;
import id.simak.analysis.NameFinder;
import id.simak.analysis.PosTagger;
import id.simak.generate.QuestionGenerator;
import id.simak.web.SimakConfig;

/**
 * Builds the pure-Java language tools once per application (the dictionary and the statistical models are
 * loaded a single time) for the features that use them: the analyzer for {@code article}, the question generator
 * for {@code quiz}, the lexicon for {@code review}'s word popover. Nothing is loaded at start-up: the lexicon is
 * an application-scoped bean behind a client proxy, and the analyzer and the generator are looked up through
 * {@code Instance} where they are used, so the dictionaries (about 0.5 s and most of the memory above a bare
 * Quarkus app) load on the first analysis or word look-up, once, under the container's lock.
 */
@Singleton
public class LanguageTools {

    private static final Logger LOG = Logger.getLogger(LanguageTools.class);

    @Produces
    @ApplicationScoped
    Lexicon lexicon() {
        HunspellLexicon lexicon = HunspellLexicon.loadDefault();
        LOG.infof("Indonesian dictionary and thesaurus loaded in %d ms", lexicon.loadMillis());
        return lexicon;
    }

    @Produces
    @Singleton
    ArticleAnalyzer analyzer(Lexicon lexicon) {
        PosTagger tagger = PosTagger.loadDefault();
        NameFinder finder = NameFinder.loadDefault();
        LOG.infof("Part-of-speech model loaded in %d ms, name finder in %d ms", tagger.loadMillis(), finder.loadMillis());
        return new ArticleAnalyzer(ClientProxy.unwrap(lexicon), tagger, finder);
    }

    @Produces
    @Singleton
    QuestionGenerator generator(Lexicon lexicon, SimakConfig config) {
        return new QuestionGenerator(ClientProxy.unwrap(lexicon), config.generate().draftSize());
    }
}
