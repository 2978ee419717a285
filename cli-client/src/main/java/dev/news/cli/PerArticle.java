package dev.news.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One request per article id, the answers printed together. With several ids a failure is one line on stderr,
 * the others still print, and the exit code is that of the first failure; one id fails as any command does.
 */
final class PerArticle {

    private PerArticle() {
    }

    static int print(Session session, OutputOptions output, List<Long> ids, LongFunction<JsonNode> request, TextView view) {
        List<JsonNode> answers = new ArrayList<>();
        int exitCode = ExitCodes.OK;
        for (long id : ids) {
            try {
                answers.add(request.apply(id));
            } catch (NewsException failure) {
                if (ids.size() == 1) {
                    throw failure;
                }
                session.err().println("news: " + failure.getMessage());
                session.err().flush();
                exitCode = exitCode == ExitCodes.OK ? failure.exitCode() : exitCode;
            }
        }
        if (!answers.isEmpty()) {
            session.printer(output).printAll(answers, view);
        }
        return exitCode;
    }
}
