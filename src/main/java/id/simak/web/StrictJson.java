package id.simak.web;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * How the API reads JSON: a key sent twice is refused (which of the two values counts would be a guess), and
 * every string must pass {@link TextRules} (no NUL, no bidi override, no lone surrogate, not only invisible
 * characters), so bad text is refused with 400 naming the field before any code sees it. An article's text
 * ({@link CleanedText}) is cleaned by its service instead.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** A JSON string that {@link TextRules} refuses; the message says why. */
    public static final class RefusedText extends InvalidFormatException {

        private static final long serialVersionUID = 1L;

        RefusedText(JsonParser p, String message, String value) {
            super(p, message, value, String.class);
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        SimpleModule module = new SimpleModule("simak-text-rules");
        module.addDeserializer(String.class, new CheckedStrings());
        mapper.registerModule(module);
    }

    /** Jackson's own string reading, then {@link TextRules#problem}, except for a field marked {@link CleanedText}. */
    static final class CheckedStrings extends StringDeserializer implements ContextualDeserializer {

        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            return property != null && property.getAnnotation(CleanedText.class) != null ? StringDeserializer.instance
                    : this;
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            String problem = TextRules.problem(value);
            if (problem != null) {
                throw new RefusedText(p, problem, value);
            }
            return value;
        }
    }
}
