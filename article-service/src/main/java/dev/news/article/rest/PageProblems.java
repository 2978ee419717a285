package dev.news.article.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.news.article.page.UnreadablePageException;
import dev.news.problem.Problem;
import dev.news.problem.ProblemException;
import dev.news.problem.ProblemMappers;

/** A page that gives no article is a 422 problem saying why (not HTML, no article text, not readable in time). */
public class PageProblems {

    @ServerExceptionMapper
    public Response unreadable(UnreadablePageException e, UriInfo uri) {
        return ProblemMappers.render(new ProblemException(422, "Unprocessable content", "page: " + e.getMessage(),
                List.of(new Problem.FieldError("body", e.getMessage())), Map.of()), uri);
    }
}
