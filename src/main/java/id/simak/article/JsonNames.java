package id.simak.article;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

import id.simak.analysis.Acronym;

/**
 * JSON names the analysis API ({@link AnalysisResource}) promises that Java cannot spell: an acronym's
 * {@code short} and {@code long}. The pure records stay free of Jackson; the names are added here.
 */
@Singleton
public class JsonNames implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(Acronym.class, AcronymNames.class);
    }

    abstract static class AcronymNames {
        @JsonProperty("short")
        abstract String shortForm();

        @JsonProperty("long")
        abstract String longForm();
    }
}
