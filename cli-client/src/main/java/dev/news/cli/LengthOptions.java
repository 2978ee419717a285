package dev.news.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How long a summary should be: at most one of sentences, ratio or words (the service's default otherwise). */
public final class LengthOptions {

    @Option(names = "--sentences", paramLabel = "N", required = true, description = "Summary of N sentences.")
    Integer sentences;

    @Option(names = "--ratio", paramLabel = "R", required = true,
            description = "Summary of this fraction of the article's sentences (0 < R <= 1).")
    Double ratio;

    @Option(names = "--words", paramLabel = "W", required = true, description = "Summary of about W words.")
    Integer words;

    /** Rejects values the service would refuse anyway, as a usage error rather than a round trip. */
    static void validate(LengthOptions length, CommandLine commandLine) {
        if (length == null) {
            return;
        }
        if (length.sentences != null && length.sentences < 1) {
            throw new ParameterException(commandLine, "--sentences must be at least 1");
        }
        if (length.words != null && length.words < 1) {
            throw new ParameterException(commandLine, "--words must be at least 1");
        }
        if (length.ratio != null && !(length.ratio > 0 && length.ratio <= 1)) {
            throw new ParameterException(commandLine, "--ratio must be greater than 0 and at most 1");
        }
    }

    /** Whether the summary was asked for in words, where the service may cut the last sentence short. */
    static boolean cutByWords(LengthOptions length) {
        return length != null && length.words != null;
    }

    /** The query string for GET /summaries, empty when no length was asked for. */
    static String query(LengthOptions length) {
        if (length == null) {
            return "";
        }
        if (length.sentences != null) {
            return "?sentences=" + length.sentences;
        }
        if (length.ratio != null) {
            return "?ratio=" + length.ratio;
        }
        return length.words != null ? "?words=" + length.words : "";
    }

    /** Adds the asked length to a POST /summaries document. */
    static void addTo(LengthOptions length, ObjectNode request) {
        if (length == null) {
            return;
        }
        if (length.sentences != null) {
            request.put("sentences", length.sentences);
        } else if (length.ratio != null) {
            request.put("ratio", length.ratio);
        } else if (length.words != null) {
            request.put("words", length.words);
        }
    }
}
