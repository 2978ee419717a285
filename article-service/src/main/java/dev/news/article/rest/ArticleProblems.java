package dev.news.article.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.news.article.page.UnreadablePageException;
import dev.news.article.service.DuplicateContentException;
import dev.news.article.service.StaleVersionException;
import dev.news.problem.Problem;
import dev.news.problem.ProblemException;
import dev.news.problem.ProblemMappers;

/**
 * article-service's own kinds of refusal as problem documents, beside the shared ones of {@link ProblemMappers}: an
 * edit to another article's content (409), an edit of a stale version (412, with the current ETag when it is known), a
 * page that gives no article (422 saying why).
 */
public class ArticleProblems {

    @ServerExceptionMapper
    public Response duplicate(DuplicateContentException e, UriInfo uri) {
        return ProblemMappers.render(new ProblemException(409, "Conflict",
                "the same content is stored as article " + e.existingId(),
                List.of(new Problem.FieldError(e.field(), e.reason())), Map.of()), uri);
    }

    @ServerExceptionMapper
    public Response stale(StaleVersionException e, UriInfo uri) {
        String detail = e.currentVersion() >= 0
                ? "the article was changed meanwhile: current version is " + e.currentVersion()
                : "the article was changed meanwhile";
        return ProblemMappers.render(new ProblemException(412, "Precondition failed", detail,
                List.of(new Problem.FieldError(e.field(), e.reason())),
                e.currentVersion() >= 0 ? Map.of("ETag", "\"" + e.currentVersion() + "\"") : Map.of()), uri);
    }

    @ServerExceptionMapper
    public Response unreadable(UnreadablePageException e, UriInfo uri) {
        return ProblemMappers.render(new ProblemException(422, "Unprocessable content", "page: " + e.getMessage(),
                List.of(new Problem.FieldError("body", e.getMessage())), Map.of()), uri);
    }
}
