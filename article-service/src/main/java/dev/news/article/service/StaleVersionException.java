package dev.news.article.service;

import java.util.List;
import java.util.Map;

import dev.news.problem.Problem;
import dev.news.problem.ProblemException;

/** An edit was based on a version of the article that is no longer the current one: 412, never an overwrite. */
public class StaleVersionException extends ProblemException {

    public StaleVersionException(int currentVersion) {
        super(412, "Precondition failed",
                currentVersion >= 0
                        ? "the article was changed meanwhile: current version is " + currentVersion
                        : "the article was changed meanwhile",
                List.of(new Problem.FieldError("If-Match", "stale version")),
                currentVersion >= 0 ? Map.of("ETag", "\"" + currentVersion + "\"") : Map.of());
    }
}
