package id.simak.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JSON field whose text the service cleans instead of refusing (an article pasted from a web page keeps
 * its words, its control characters and zero-width spaces are removed): {@link StrictJson} leaves it to them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT })
public @interface CleanedText {
}
