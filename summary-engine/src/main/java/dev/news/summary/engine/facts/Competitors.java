package dev.news.summary.engine.facts;

import dev.news.summary.engine.Evidence;
import dev.news.summary.engine.text.Mention;
import dev.news.summary.engine.text.ParsedArticle;
import dev.news.summary.engine.text.Sentence;
import dev.news.summary.engine.text.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who competes in a sports report, and as what. A report of a race or a match seldom says what its competitors are:
 * "X won the women's 800m", "Y beat Z in straight sets". When the article's words belong to one sport (the lexicon
 * {@code engine/sports.txt}) and a person wins, loses, beats or is beaten there, or scores, that person is one of the
 * sport's competitors ("athlete", "tennis player"), with the sentence that shows it as evidence.
 */
final class Competitors {

    /** A sport, the noun for its competitors, and the words only it uses. */
    record Sport(String name, String competitor, Set<List<String>> cues) {
    }

    /** The fewest cue words, and of them the fewest different ones, that make an article a report of a sport. */
    private static final int MIN_CUES = 3;
    private static final int MIN_DISTINCT_CUES = 2;

    /** Sports raced over distances, for which "5,000m" and "9km" are cues. */
    private static final Set<String> DISTANCE_SPORTS = Set.of("athletics", "swimming");
    private static final Set<String> DISTANCE_UNITS = Set.of("m", "km", "metre", "metres", "meter", "meters",
            "kilometre", "kilometres");

    /** Verbs whose subject competes: "X won", "X, who ..., finished third", "X beat Y", "X scored". */
    private static final Set<String> CONTESTING = Set.of("win", "beat", "defeat", "lose", "finish", "clinch",
            "retain", "qualify", "race", "clock", "score", "triumph", "edge", "overcome", "outsprint", "outrun",
            "thrash", "eliminate", "compete", "outplay", "outpoint");
    /** Verbs whose object competes too: "beat X", "beating X". */
    private static final Set<String> BEATING = Set.of("beat", "defeat", "edge", "overcome", "outsprint", "outrun",
            "thrash", "eliminate", "oust", "upset", "outclass", "outplay", "outpoint");
    /** What a competitor scores, given "from" or "by" them: "a try from X", "14 points from X". */
    private static final Set<String> SCORES = Set.of("try", "goal", "point", "drop-goal", "header", "wicket",
            "century", "birdie", "eagle", "conversion");
    /** Words that open a clause about someone else: "X was delighted when the team won". */
    private static final Set<String> SUBORDINATORS = Set.of("after", "when", "as", "while", "because", "since", "if",
            "although", "though", "before", "until", "unless", "whereas", "once");
    /** Relative words that start a clause about whatever they follow, unless that is the person. */
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom", "whose");
    /** How far past the name the verb of its clause may be ("X, who won bronze last month at ..., won the 9km"). */
    private static final int REACH = 25;

    private Competitors() {
    }

    private static final class Lexicon {
        static final List<Sport> SPORTS = read();
    }

    /** Reads the lexicon now, so that the first request that needs it does not pay for it. */
    static void load() {
        Lexicon.SPORTS.size();
    }

    /**
     * The sport the article reports: the one whose cue words it uses most, at least {@value #MIN_CUES} times and in
     * at least {@value #MIN_DISTINCT_CUES} different words, and more often than any other sport's; null otherwise.
     */
    static Sport sportOf(ParsedArticle article) {
        int[] counts = new int[Lexicon.SPORTS.size()];
        List<Set<List<String>>> seen = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            seen.add(new HashSet<>());
        }
        for (Sentence s : article.sentences()) {
            if (article.debris().contains(s.index())) {
                continue;
            }
            List<Token> tokens = s.tokens();
            for (int k = 0; k < tokens.size(); k++) {
                boolean distance = k > 0 && tokens.get(k - 1).pos().equals("CD")
                        && DISTANCE_UNITS.contains(lower(tokens.get(k)));
                for (int i = 0; i < counts.length; i++) {
                    Sport sport = Lexicon.SPORTS.get(i);
                    if (distance && DISTANCE_SPORTS.contains(sport.name())) {
                        counts[i]++;
                        seen.get(i).add(List.of("distance"));
                    }
                    for (List<String> cue : sport.cues()) {
                        if (startsAt(tokens, k, cue)) {
                            counts[i]++;
                            seen.get(i).add(cue);
                        }
                    }
                }
            }
        }
        int best = -1;
        int runnerUp = 0;
        for (int i = 0; i < counts.length; i++) {
            if (best < 0 || counts[i] > counts[best]) {
                runnerUp = best < 0 ? 0 : counts[best];
                best = i;
            } else if (counts[i] > runnerUp) {
                runnerUp = counts[i];
            }
        }
        if (best < 0 || counts[best] < MIN_CUES || seen.get(best).size() < MIN_DISTINCT_CUES
                || counts[best] == runnerUp) {
            return null;
        }
        return Lexicon.SPORTS.get(best);
    }

    /**
     * The evidence that the person of this mention competes, or null: the mention is the object of a verb of beating
     * ("beat X"), the one a score came from ("a try from X"), or the subject of a verb of contest that follows it in
     * its clause ("X won", "X, who ..., finished third", "X ... after he beat Y").
     */
    static Evidence competes(ParsedArticle article, Mention m) {
        List<Token> tokens = article.sentences().get(m.sentence()).tokens();
        int first = m.firstToken();
        if (first > 0 && tokens.get(first - 1).isVerb() && BEATING.contains(lemma(tokens.get(first - 1)))) {
            return Token.evidence(m.sentence(), tokens, first - 1, m.endToken());
        }
        if (first > 1 && Set.of("from", "by").contains(lower(tokens.get(first - 1)))
                && tokens.get(first - 2).pos().startsWith("NN") && SCORES.contains(lemma(tokens.get(first - 2)))) {
            return Token.evidence(m.sentence(), tokens, first - 2, m.endToken());
        }
        int verb = contestAfter(tokens, m.endToken());
        return verb < 0 ? null : Token.evidence(m.sentence(), tokens, first, verb + 1);
    }

    /** The index of the verb of contest in the clause the name at {@code end} is the subject of, or -1. */
    private static int contestAfter(List<Token> tokens, int end) {
        // "X's side beat ...", "X' team": the name is an owner, not a subject.
        if (end < tokens.size() && RoleReader.isPossessive(tokens.get(end))) {
            return -1;
        }
        for (int k = end; k < tokens.size() && k < end + REACH; k++) {
            Token t = tokens.get(k);
            String word = lower(t);
            if (t.isVerb() && CONTESTING.contains(lemma(t))) {
                return k;
            }
            boolean otherName = t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION");
            // "X, who ...": the relative clause is about X; one later on is about whatever it follows.
            boolean relative = RELATIVES.contains(word) && !(k == end + 1 && tokens.get(end).word().equals(","));
            boolean subordinate = SUBORDINATORS.contains(word)
                    && !(k + 1 < tokens.size() && (Set.of("he", "she").contains(lower(tokens.get(k + 1)))
                    || tokens.get(k + 1).pos().equals("VBG")));
            if (otherName || relative || subordinate || t.pos().equals("PRP$") || t.pos().equals("PRP") && k > end
                    && !Set.of("he", "she").contains(word)
                    || isQuote(t) || word.equals(";") || word.equals(":")
                    || t.isVerb() && RoleReader.REPORTING.contains(lemma(t))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean startsAt(List<Token> tokens, int k, List<String> cue) {
        if (k + cue.size() > tokens.size()) {
            return false;
        }
        for (int j = 0; j < cue.size(); j++) {
            Token t = tokens.get(k + j);
            // A cue is a common word: "Sprint", a firm's name, is none.
            if (!cue.get(j).equals(lower(t)) || t.isProperNoun() && t.isCapitalised() && k + j > 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isQuote(Token t) {
        return Set.of("\"", "``", "''", "\u201c", "\u201d").contains(t.word());
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    private static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    private static List<Sport> read() {
        List<Sport> sports = new ArrayList<>();
        try (InputStream in = Competitors.class.getResourceAsStream("/engine/sports.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource engine/sports.txt");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\|");
                Set<List<String>> cues = new HashSet<>();
                for (String cue : fields[2].split(",")) {
                    cues.add(List.of(cue.strip().split(" ")));
                }
                sports.add(new Sport(fields[0].strip(), fields[1].strip(), Set.copyOf(cues)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(sports);
    }
}
