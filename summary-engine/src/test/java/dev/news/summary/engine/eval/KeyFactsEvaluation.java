package dev.news.summary.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.news.summary.engine.Document;
import dev.news.summary.engine.Facts;
import dev.news.summary.engine.Participant;
import dev.news.summary.engine.SummaryEngine;
import dev.news.summary.engine.Venue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Participants, roles and venue against the hand-written key-facts gold, following the evaluation README, which
 * leaves open which participant's role is read and how a venue named with its containing places is compared:
 * a gold participant is found when one of the engine's first max(5, 2 x gold count) participants shares a content
 * token with its name; its role is right when every word of one gold role is a word of that participant's role, the
 * participant being the one whose name shares the most content tokens (also reported: the first one sharing any);
 * the venue is right when it shares a content token with a gold venue, wrong when it, or the place it names before
 * the places that hold it ("X" of "X, Y"), is a {@code not_venue} place.
 */
final class KeyFactsEvaluation {

    /** Counts over the gold file. */
    static final class Result {
        int articles;
        int participants;
        int found;
        int rolesRight;
        /** Roles right when the role is read from the first participant sharing any token with the gold name. */
        int rolesRightFirstSharing;
        int venueArticles;
        int venueRight;
        /** Venue right on its own name only, without the places named as holding it. */
        int venueItselfRight;
        int venueNone;
        int wrongVenue;
        int venueWithoutGold;
        final List<String> log = new ArrayList<>();
    }

    private KeyFactsEvaluation() {
    }

    static Result run(SummaryEngine engine, Path evalFolder) throws IOException {
        Path goldFile = evalFolder.resolve("key-facts-gold.json");
        Result r = new Result();
        if (!Files.exists(goldFile)) {
            return r;
        }
        JsonNode gold = new ObjectMapper().readTree(Files.readString(goldFile));
        Path articles = evalFolder.resolve("bbc-news-summary").resolve("articles");
        for (JsonNode entry : gold) {
            String raw = Evaluation.read(articles.resolve(entry.path("file").asText()));
            int firstBreak = raw.indexOf('\n');
            String title = firstBreak < 0 ? "" : raw.substring(0, firstBreak).strip();
            String body = firstBreak < 0 ? raw : raw.substring(firstBreak + 1).strip();
            Facts facts = engine.facts(new Document(title, body, null));
            r.articles++;
            String file = entry.path("file").asText();

            int window = Math.max(5, 2 * entry.path("participants").size());
            List<Participant> ranked = facts.participants().subList(0, Math.min(window, facts.participants().size()));
            for (JsonNode p : entry.path("participants")) {
                r.participants++;
                String name = p.path("name").asText();
                // The participant meant is the one whose name shares the most content tokens with the gold name:
                // "Baroness Y of Z" is Y, not the "Baroness X" ranked before her. The first one sharing any token is
                // counted too, as the stricter reading of the protocol.
                Participant match = null;
                Participant firstSharing = null;
                int most = 0;
                for (Participant candidate : ranked) {
                    int shared = sharedContentTokens(candidate.name(), name);
                    if (shared > 0 && firstSharing == null) {
                        firstSharing = candidate;
                    }
                    if (shared > most) {
                        most = shared;
                        match = candidate;
                    }
                }
                boolean roleRight = match != null && roleRight(match, p.path("role"));
                if (match != null) {
                    r.found++;
                }
                r.rolesRight += roleRight ? 1 : 0;
                r.rolesRightFirstSharing += firstSharing != null && roleRight(firstSharing, p.path("role")) ? 1 : 0;
                r.log.add(String.format(Locale.ROOT, "%-22s %s %s  role %s  <- %s | %s", file,
                        match == null ? "MISS" : "found", name, roleRight ? "OK " : "BAD",
                        match == null ? "-" : match.role(), p.path("role")));
            }

            Venue venue = facts.venue();
            String guess = venue == null ? null : venue.name();
            // A venue named with the places that hold it ("X, Y") is wrong when X, the venue itself, is a not_venue.
            String venueItself = guess == null ? null : Evaluation.venueItself(guess);
            boolean wrong = guess != null && names(entry.path("not_venue")).stream()
                    .anyMatch(n -> n.equalsIgnoreCase(guess) || n.equalsIgnoreCase(venueItself));
            r.wrongVenue += wrong ? 1 : 0;
            List<String> goldVenues = names(entry.path("venue"));
            if (goldVenues.isEmpty()) {
                r.venueWithoutGold += guess != null ? 1 : 0;
                r.log.add(String.format(Locale.ROOT, "%-22s venue %s %s <- none", file, guess == null ? "OK " : "EXTRA", guess));
                continue;
            }
            r.venueArticles++;
            boolean right = guess != null && goldVenues.stream().anyMatch(v -> sharesContentToken(guess, v));
            r.venueRight += right ? 1 : 0;
            r.venueItselfRight += guess != null && goldVenues.stream().anyMatch(v -> sharesContentToken(venueItself, v))
                    ? 1 : 0;
            r.venueNone += guess == null ? 1 : 0;
            r.log.add(String.format(Locale.ROOT, "%-22s venue %s %s <- %s%s", file, right ? "OK " : wrong ? "WRONG" : "BAD",
                    guess, goldVenues, wrong ? " (a not_venue place)" : ""));
        }
        return r;
    }

    static void print(Result r) {
        System.out.println();
        System.out.printf(Locale.ROOT, "Key facts: key-facts-gold.json, %d articles%n", r.articles);
        System.out.println("| measure                          | count  | of    | share  |");
        System.out.println("|----------------------------------|-------:|------:|-------:|");
        row("participants found", r.found, r.participants);
        row("roles right", r.rolesRight, r.participants);
        row("roles right, first sharing name", r.rolesRightFirstSharing, r.participants);
        row("venue right", r.venueRight, r.venueArticles);
        row("venue right, venue itself", r.venueItselfRight, r.venueArticles);
        row("no venue given (gold has one)", r.venueNone, r.venueArticles);
        row("wrong venue (a not_venue place)", r.wrongVenue, r.articles);
        row("venue given where gold has none", r.venueWithoutGold, r.articles - r.venueArticles);
        if (Boolean.getBoolean("eval.verbose")) {
            r.log.forEach(line -> System.out.println("  " + line));
        }
    }

    private static void row(String name, int count, int of) {
        System.out.printf(Locale.ROOT, "| %-32s | %6d | %5d | %.4f |%n", name, count, of, of == 0 ? 0.0 : count / (double) of);
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (node.isTextual()) {
            out.add(node.asText());
        }
        return out;
    }

    private static boolean roleRight(Participant participant, JsonNode goldRoles) {
        Set<String> engineRole = new HashSet<>(Evaluation.tokens(participant.role() == null ? "" : participant.role()));
        for (JsonNode role : goldRoles) {
            List<String> words = Evaluation.tokens(role.asText());
            if (!words.isEmpty() && engineRole.containsAll(words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sharesContentToken(String a, String b) {
        return sharedContentTokens(a, b) > 0;
    }

    /** How many distinct content tokens of {@code b} are tokens of {@code a}. */
    private static int sharedContentTokens(String a, String b) {
        Set<String> left = new HashSet<>(Evaluation.tokens(a));
        left.removeAll(Evaluation.FUNCTION_WORDS);
        Set<String> right = new HashSet<>(Evaluation.tokens(b));
        right.retainAll(left);
        return right.size();
    }
}
