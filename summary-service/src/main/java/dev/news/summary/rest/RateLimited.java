package dev.news.summary.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks a resource method whose calls count against each client's rate limit. Bound to the matched method rather than
 * to a path, so that no other spelling of the path ({@code /summaries/}, {@code //summaries}) gets past the limit.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface RateLimited {
}
