package dev.news.problem;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;

import dev.news.database.PoolRecovery;
import dev.news.domain.BusyException;
import dev.news.domain.InputTooLargeException;
import dev.news.domain.InvalidInputException;
import dev.news.domain.MissingException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** The one place where exceptions become HTTP responses: every error leaves as {@code application/problem+json}. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** How many causes and suppressed exceptions are read before deciding an error is unexpected. */
    private static final int MAX_CAUSES = 32;

    private final PoolRecovery pool;

    ProblemMappers(PoolRecovery pool) {
        this.pool = pool;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return render(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uri) {
        return render(ProblemException.badRequest(e.field(), e.reason()), uri);
    }

    @ServerExceptionMapper
    public Response tooLarge(InputTooLargeException e, UriInfo uri) {
        return render(ProblemException.tooLarge(e.field(), e.reason()), uri);
    }

    @ServerExceptionMapper
    public Response missing(MissingException e, UriInfo uri) {
        return render(ProblemException.notFound(e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response busy(BusyException e, UriInfo uri) {
        return render(ProblemException.unavailable(e.getMessage(), e.retryAfterSeconds()), uri);
    }

    /** The response for {@code e}, for mappers of other exceptions that decide on a problem of their own. */
    public static Response render(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(e.problem(uri.getPath()));
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(400, "Bad request", detail, errors, uri).build();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = JsonErrors.field(e);
        String message = JsonErrors.message(e);
        return respond(400, "Bad request", field + ": " + message, List.of(new Problem.FieldError(field, message)), uri).build();
    }

    // More specific than the mapper Quarkus REST ships for this type, so ours wins.
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // The JSON reader wraps a broken document in a plain 400: say what is broken.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadable(json, uri);
            }
        }
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null
                ? "HTTP " + status : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "no resource at " + uri.getPath();
            case 405 -> "method not allowed on " + uri.getPath();
            case 406 -> "no acceptable representation; this resource produces JSON";
            case 415 -> "unsupported content type";
            default -> e.getMessage();
        };
        List<Problem.FieldError> errors = status == 415
                ? List.of(new Problem.FieldError("Content-Type", "not supported by this endpoint"))
                : List.of();
        Response.ResponseBuilder response = respond(status, title, detail, errors, uri);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return respond(401, "Unauthorized", "a valid bearer token is required",
                List.of(new Problem.FieldError("Authorization", "missing, expired or invalid bearer token")), uri)
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "Forbidden", "the token does not grant this operation",
                List.of(new Problem.FieldError("Authorization", "role not granted")), uri).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            LOG.warnf("database unavailable on %s: %s", uri.getPath(), e.getMessage());
            pool.connectionFailed();
            return render(ProblemException.unavailable("the database is unavailable; try again shortly", 5), uri);
        }
        if (databaseBusy(e)) {
            LOG.warnf("database busy on %s: %s", uri.getPath(), e.getMessage());
            return render(ProblemException.unavailable("the service is busy; try again shortly", 1), uri);
        }
        // Logged with its stack here, never sent: the client gets a plain problem document.
        LOG.errorf(e, "unexpected error on %s", uri.getPath());
        return respond(500, "Internal server error", "the request could not be completed", List.of(), uri).build();
    }

    // SQLState class 08 is a connection failure, 57P a server shutting down; the pool's own time-out is transient.
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t : causes(e)) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every pooled connection in use for the pool's whole acquisition time-out (the pool throws a plain
     * {@link SQLException} without a state), or a statement stopped by the database's statement time-out (SQLState
     * 57014): the service is overloaded, not broken.
     */
    static boolean databaseBusy(Throwable e) {
        for (Throwable t : causes(e)) {
            if (t instanceof SQLException sql) {
                if ("57014".equals(sql.getSQLState())) {
                    return true;
                }
                StackTraceElement[] trace = sql.getStackTrace();
                if (sql.getSQLState() == null && trace.length > 0 && trace[0].getClassName().startsWith("io.agroal.pool.")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The exception, its causes and what each suppressed: a commit cut off by a dying database reports the
     * connection failure as a suppressed exception of the transaction's, not as its cause.
     */
    static List<Throwable> causes(Throwable e) {
        List<Throwable> out = new ArrayList<>();
        Deque<Throwable> todo = new ArrayDeque<>(List.of(e));
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!todo.isEmpty() && out.size() < MAX_CAUSES) {
            Throwable t = todo.removeFirst();
            if (!seen.add(t)) {
                continue;
            }
            out.add(t);
            if (t.getCause() != null) {
                todo.addLast(t.getCause());
            }
            todo.addAll(List.of(t.getSuppressed()));
        }
        return out;
    }

    private static Response.ResponseBuilder respond(int status, String title, String detail, List<Problem.FieldError> errors, UriInfo uri) {
        Problem problem = new Problem(URI.create("about:blank"), title, status, detail, uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    }

    // "create.input.title" -> "title": the method and parameter names mean nothing to a client.
    private static String fieldOf(ConstraintViolation<?> violation) {
        String last = null;
        String beforeLast = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                return propertyPath(violation);
            }
            beforeLast = last;
            last = node.getName();
        }
        return last != null ? last : beforeLast;
    }

    private static String propertyPath(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.toString();
    }
}
