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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who competes in a sports report, and as what. A report of a race or a match seldom says what its competitors are:
 * "X won the women's 800m", "Y beat Z in straight sets". When the article's words belong to one sport (the lexicon
 * {@code engine/sports.txt}) and a person wins, loses, beats or is beaten there, or scores, that person is one of the
 * sport's competitors ("athlete", "tennis player"), with the sentence that shows it as evidence.
 */
final class Competitors {

    /** A sport, the noun for its competitors, the words it uses ({@code cues}), and those only it uses. */
    record Sport(String name, String competitor, Set<List<String>> cues, Set<List<String>> strongCues) {
    }

    /** The fewest cue words, and of them the fewest different ones, that make an article a report of a sport. */
    private static final int MIN_CUES = 3;
    private static final int MIN_DISTINCT_CUES = 2;

    /** Sports raced over distances, for which "5,000m" and "9km" are cues. */
    private static final Set<String> DISTANCE_SPORTS = Set.of("athletics", "swimming");
    private static final Pattern DISTANCE = Pattern.compile("\\d[\\d,.]*(m|km)");
    private static final Set<String> DISTANCE_UNITS = Set.of("m", "km", "metre", "metres", "meter", "meters",
            "kilometre", "kilometres");

    /** Verbs whose subject competes: "X won", "X, who ..., finished third", "X beat Y", "X scored". */
    private static final Set<String> CONTESTING = Set.of("win", "beat", "defeat", "lose", "finish", "qualify", "race",
            "clock", "score", "triumph", "outsprint", "outrun", "thrash", "compete", "outplay", "outpoint");
    /** Verbs whose object competes too: "beat X", "beating X". */
    private static final Set<String> BEATING = Set.of("beat", "defeat", "outsprint", "outrun", "thrash", "outclass",
            "outplay", "outpoint");
    /** Verbs that take a result: "suffered a defeat", "took gold", "claimed the title". */
    private static final Set<String> TAKING = Set.of("suffer", "record", "claim", "take", "secure", "seal", "earn",
            "grab", "snatch", "land", "collect");
    /** What a competitor suffers or records. */
    private static final Set<String> SUFFERED = Set.of("defeat", "loss", "win", "victory", "draw");
    /** What a competitor takes or claims: "took the defeat badly" is no result taken. */
    private static final Set<String> TAKEN = Set.of("win", "victory", "title", "medal", "gold", "silver", "bronze",
            "draw", "crown", "trophy");
    /** Words of an amount of money or a count: "lost 20 million on it". */
    private static final Set<String> AMOUNTS = Set.of("million", "billion", "thousand", "pounds", "dollars", "euros",
            "bn");
    /** How far after a verb of contest "in charge" makes it a manager's result. */
    private static final int CHARGE_REACH = 8;
    /** What one wins, loses or finishes as a competitor. */
    private static final Set<String> CONTESTS = Set.of("match", "game", "final", "semi-final", "quarter-final", "race",
            "title", "set", "stage", "tie", "bout", "fight", "heat", "tournament", "championship", "cup", "medal", "gold",
            "silver", "bronze", "event", "frame", "round", "leg", "sprint", "marathon", "trophy", "league", "derby",
            "crown", "slam", "rubber", "singles", "doubles", "decider", "play-off", "replay", "point", "place", "test",
            "series", "contest", "battle", "showdown", "clash", "encounter", "opener", "meeting", "grand", "prix",
            "relay", "hurdles", "jump", "vault", "throw", "heptathlon", "decathlon");
    /** Verbs whose object does what the infinitive after it says: "wants the side to win" is about the side. */
    private static final Set<String> OBJECT_CONTROL = Set.of("want", "expect", "ask", "allow", "urge", "tell", "need",
            "help", "watch", "see", "back", "tip", "encourage", "force", "inspire", "lead", "drive", "coach", "guide",
            "push", "send", "let", "make", "hear", "require", "persuade", "order", "invite", "train", "prepare",
            "predict", "fancy", "believe");
    /** What a margin or a contest can be in that is no sport: "beat X by 300 votes", "beat X in a vote". */
    private static final Set<String> NOT_CONTESTS = Set.of("vote", "election", "poll", "ballot", "referendum", "seat",
            "appeal", "case", "court", "tribunal", "hearing");
    /** What a competitor scores, given "from" or "by" them: "a try from X", "14 points from X". */
    private static final Set<String> SCORES = Set.of("try", "goal", "point", "drop-goal", "header", "wicket",
            "century", "birdie", "eagle", "conversion");
    /** Words that open a clause about someone else: "X was delighted when the team won". */
    private static final Set<String> SUBORDINATORS = Set.of("after", "when", "as", "while", "because", "since", "if",
            "although", "though", "before", "until", "unless", "whereas", "once");
    /** Prepositions whose object a name is: "coached by X", "the form of X". */
    private static final Set<String> GOVERNING = Set.of("by", "of", "to", "for", "with", "from", "against", "than", "at",
            "on", "in", "under", "over", "behind", "beside", "about", "into", "between");
    /** Relative words that start a clause about whatever they follow, unless that is the person. */
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom", "whose");
    /** How far past the name the verb of its clause may be ("X, who won bronze last month at ..., won the 9km"). */
    private static final int REACH = 25;

    private Competitors() {
    }

    private static final class Lexicon {
        static final List<Sport> SPORTS = read();
        /** For each word a cue starts with, the sports (their indexes) that have such a cue. */
        static final Map<String, List<Integer>> BY_FIRST_WORD = index(SPORTS);
    }

    private static Map<String, List<Integer>> index(List<Sport> sports) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < sports.size(); i++) {
            for (List<String> cue : sports.get(i).cues()) {
                List<Integer> holders = index.computeIfAbsent(cue.get(0), w -> new ArrayList<>());
                if (!holders.contains(i)) {
                    holders.add(i);
                }
            }
        }
        return Map.copyOf(index);
    }

    /** Reads the lexicon now, so that the first request that needs it does not pay for it. */
    static void load() {
        Lexicon.SPORTS.size();
    }

    /**
     * The sport the article reports: the one whose cue words it uses most, at least {@value #MIN_CUES} times and in
     * at least {@value #MIN_DISTINCT_CUES} different words one of which is a strong cue, and more often than any other
     * sport's; null otherwise.
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
                boolean distance = isDistance(tokens, k);
                for (int i = 0; distance && i < counts.length; i++) {
                    if (DISTANCE_SPORTS.contains(Lexicon.SPORTS.get(i).name())) {
                        counts[i]++;
                        seen.get(i).add(List.of("distance"));
                    }
                }
                for (int i : Lexicon.BY_FIRST_WORD.getOrDefault(tokens.get(k).lowerWord(), List.of())) {
                    for (List<String> cue : Lexicon.SPORTS.get(i).cues()) {
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
                || counts[best] == runnerUp
                || seen.get(best).stream().noneMatch(Lexicon.SPORTS.get(best).strongCues()::contains)) {
            return null;
        }
        return Lexicon.SPORTS.get(best);
    }

    /**
     * The evidence that the person of this mention competes, or null: the mention is the object of a verb of beating
     * ("beat X"), the one a score came from ("a try from X"), or the subject of a verb of contest that follows it in
     * its clause ("X won", "X, who ..., finished third", "X ... after he beat Y").
     */
    static Evidence competes(ParsedArticle article, Mention m, String firstName) {
        List<Token> tokens = article.sentences().get(m.sentence()).tokens();
        int first = m.firstToken();
        // "beat X's side", "a goal from X's team": X owns the side.
        if (m.endToken() < tokens.size() && RoleReader.isPossessive(tokens.get(m.endToken()))) {
            return null;
        }
        if (first > 0 && tokens.get(first - 1).isVerb() && BEATING.contains(tokens.get(first - 1).lowerLemma())
                && !wonBy(tokens, m.endToken())) {
            return Token.evidence(m.sentence(), tokens, first - 1, m.endToken());
        }
        if (first > 1 && Set.of("from", "by").contains(tokens.get(first - 1).lowerWord())
                && tokens.get(first - 2).pos().startsWith("NN") && SCORES.contains(tokens.get(first - 2).lowerLemma())) {
            return Token.evidence(m.sentence(), tokens, first - 2, m.endToken());
        }
        // "lost to X", "was beaten by X".
        if (first > 1 && tokens.get(first - 2).isVerb()
                && (tokens.get(first - 1).lowerWord().equals("to") && tokens.get(first - 2).lowerLemma().equals("lose")
                || tokens.get(first - 1).lowerWord().equals("by") && tokens.get(first - 2).pos().equals("VBN")
                && BEATING.contains(tokens.get(first - 2).lowerLemma()))) {
            return Token.evidence(m.sentence(), tokens, first - 2, m.endToken());
        }
        int verb = verbAfter(tokens, first, m.endToken(), CONTESTING, firstName, false);
        if (verb >= 0 && contestObject(tokens, verb)) {
            return Token.evidence(m.sentence(), tokens, first, verb + 1);
        }
        // "X suffered a shock defeat", "X took gold": the name's own verb takes a result.
        verb = verbAfter(tokens, first, m.endToken(), TAKING, firstName, false);
        int result = verb < 0 ? -1 : resultAfter(tokens, verb);
        return result < 0 ? null : Token.evidence(m.sentence(), tokens, first, result + 1);
    }

    /** "5,000 m", "9 km" (the unit at {@code k}) or "800m" in one token; not "£5m". */
    private static boolean isDistance(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (DISTANCE.matcher(t.word()).matches()) {
            return !(k > 0 && tokens.get(k - 1).pos().equals("$"));
        }
        return k > 0 && tokens.get(k - 1).pos().equals("CD") && !tokens.get(k - 1).ner().equals("MONEY")
                && !(k > 1 && tokens.get(k - 2).pos().equals("$")) && DISTANCE_UNITS.contains(t.lowerWord());
    }

    /** "beat X by 300 votes", "beat X in a vote": a margin in, or a contest of, what is no sport. */
    private static boolean wonBy(List<Token> tokens, int end) {
        int k = end;
        if (k >= tokens.size() || !Set.of("by", "in").contains(tokens.get(k).lowerWord())) {
            return false;
        }
        for (k++; k < tokens.size() && k <= end + 4; k++) {
            if (tokens.get(k).pos().startsWith("NN")) {
                return NOT_CONTESTS.contains(tokens.get(k).lowerLemma());
            }
        }
        return false;
    }

    /** The index of the result ("defeat", "gold") the verb at {@code verb} takes, or -1; "claimed the win was ..." none. */
    private static int resultAfter(List<Token> tokens, int verb) {
        Set<String> results = Set.of("suffer", "record").contains(tokens.get(verb).lowerLemma()) ? SUFFERED : TAKEN;
        for (int k = verb + 1; k < tokens.size() && k <= verb + 4; k++) {
            Token t = tokens.get(k);
            // "a shock defeat": the last noun of a compound is its head.
            if (t.pos().startsWith("NN") && !(k + 1 < tokens.size() && tokens.get(k + 1).pos().startsWith("NN"))) {
                // "claimed the win was deserved" is speech, "recorded a loss of 5 million" an account.
                boolean more = k + 1 < tokens.size() && (tokens.get(k + 1).isVerb() || tokens.get(k + 1).lowerWord().equals("of"));
                return results.contains(t.lowerLemma()) && !more ? k : -1;
            }
            if (!t.pos().startsWith("JJ") && !t.pos().startsWith("NN") && !t.pos().equals("DT")
                    && !t.pos().equals("PRP$") && !t.pos().equals("CD")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether what the verb of contest at {@code verb} wins or loses is a contest: none ("X won in 14 minutes"), a
     * contest's noun ("the final", "the 800m"), an event's name or a score; not "won the appeal", "lost his temper",
     * "won his first game in charge", or "was beaten by fans".
     */
    private static boolean contestObject(List<Token> tokens, int verb) {
        if (tokens.get(verb).pos().equals("VBN") && verb + 1 < tokens.size() && tokens.get(verb + 1).lowerWord().equals("by")) {
            return verb + 2 < tokens.size() && tokens.get(verb + 2).isCapitalisedName();
        }
        for (int k = verb + 1; k < tokens.size() && k <= verb + CHARGE_REACH; k++) {
            // "won his first game in charge": a manager's result.
            if (tokens.get(k).lowerWord().equals("charge") && tokens.get(k - 1).lowerWord().equals("in")) {
                return false;
            }
        }
        // "lost to Y" and "raced to victory" are contests, "lost to cancer" none; "won over the crowd" is a phrasal verb.
        if (verb + 1 < tokens.size() && Set.of("to", "over").contains(tokens.get(verb + 1).lowerWord())) {
            int k = verb + 2;
            while (k < tokens.size() && tokens.get(k).pos().equals("DT")) {
                k++;
            }
            return tokens.get(verb + 1).lowerWord().equals("to") && k < tokens.size()
                    && (tokens.get(k).isCapitalisedName() || TAKEN.contains(tokens.get(k).lowerLemma()));
        }
        for (int k = verb + 1; k < tokens.size() && k <= verb + 5; k++) {
            Token t = tokens.get(k);
            if (t.ner().equals("MONEY") || AMOUNTS.contains(t.lowerWord())) {
                return false;
            }
            // "the women's 800m": the owner is not what was won.
            if (t.pos().startsWith("NN") && k + 1 < tokens.size() && RoleReader.isPossessive(tokens.get(k + 1))) {
                k++;
                continue;
            }
            // "the 800m", "6-3 6-4", "the Arlen Open"; "20 million" is an amount.
            if (t.pos().equals("CD") && !(k + 1 < tokens.size() && AMOUNTS.contains(tokens.get(k + 1).lowerWord()))
                    || t.isCapitalisedName() || isDistance(tokens, k)) {
                return true;
            }
            // "the match ball": the last noun of a compound is its head; "the race to buy the club" is no race.
            if (t.pos().startsWith("NN") && !(k + 1 < tokens.size() && tokens.get(k + 1).pos().startsWith("NN"))) {
                boolean purpose = k + 2 < tokens.size() && tokens.get(k + 1).lowerWord().equals("to")
                        && tokens.get(k + 2).isVerb();
                return CONTESTS.contains(t.lowerLemma()) && !purpose;
            }
            if (!t.pos().startsWith("JJ") && !t.pos().startsWith("NN") && !t.pos().equals("DT") && !t.pos().equals("PRP$")
                    && !t.pos().startsWith("RB") && !t.pos().equals("VBN") && !t.word().equals("-")
                    && !t.pos().equals("CD")) {
                return true;
            }
        }
        return true;
    }

    /**
     * The index of the first verb with one of these lemmas in the clause whose subject is the name ending at
     * {@code end}, or -1: the search stops at what opens a clause about someone else (another name, "whose", "his",
     * a relative or subordinate clause not about the name, a quotation) and at a verb of speech ("X said the team
     * won"). With {@code ownOnly}, only the clause's own verb counts, not one it controls ("was arrested after
     * singing").
     */
    static int verbAfter(List<Token> tokens, int first, int end, Set<String> verbs, String firstName, boolean ownOnly) {
        // "X's side beat ...", "X' team": the name is an owner, not a subject; "coached by X", "said X": nor is a name
        // after a preposition or a verb, unless a relative clause about it follows ("the form of X, who won ...").
        boolean relativeNext = end + 1 < tokens.size() && tokens.get(end).word().equals(",")
                && RELATIVES.contains(tokens.get(end + 1).lowerWord());
        if (end < tokens.size() && RoleReader.isPossessive(tokens.get(end))
                || first > 0 && !relativeNext && (GOVERNING.contains(tokens.get(first - 1).lowerWord())
                || tokens.get(first - 1).isVerb())) {
            return -1;
        }
        // Whether the name's clause has had its verb, another one: "X watched the team win" is about the team.
        int ownVerb = -1;
        boolean inRelative = false;
        boolean aside = false;
        for (int k = end; k < tokens.size() && k < end + REACH; k++) {
            Token t = tokens.get(k);
            String word = t.lowerWord();
            // "X, who ...": the relative clause is about X, and after its closing comma X's own clause goes on; so it
            // does after an aside ("X, coached by Y, won"), whose words are not X's.
            if (k == end + 1 && tokens.get(end).word().equals(",") && RELATIVES.contains(word) && !word.equals("whose")) {
                inRelative = true;
                continue;
            }
            if (k == end + 1 && tokens.get(end).word().equals(",") && t.pos().equals("VBN")) {
                aside = true;
            }
            if ((inRelative || aside) && word.equals(",")) {
                inRelative = false;
                aside = false;
                ownVerb = -1;
                continue;
            }
            if (aside) {
                continue;
            }
            if (t.isVerb() && verbs.contains(t.lowerLemma())) {
                return ownVerb < 0 || !ownOnly && controlled(tokens, k, ownVerb, firstName) ? k : -1;
            }
            boolean otherName = t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION");
            boolean relative = RELATIVES.contains(word);
            boolean subordinate = SUBORDINATORS.contains(word)
                    && !(k + 1 < tokens.size() && (Set.of("he", "she").contains(tokens.get(k + 1).lowerWord())
                    || tokens.get(k + 1).pos().equals("VBG")));
            if (otherName || relative || subordinate || t.pos().equals("PRP$") || t.pos().equals("PRP") && k > end
                    && !Set.of("he", "she").contains(word)
                    || isQuote(t) || word.equals(";") || word.equals(":")
                    || t.isVerb() && RoleReader.REPORTING.contains(t.lowerLemma())) {
                return -1;
            }
            if (t.isVerb() && !auxiliary(tokens, k) && ownVerb < 0) {
                ownVerb = k;
            }
        }
        return -1;
    }

    /**
     * Whether a verb after the clause's own verb (at {@code ownVerb}) still has the name for its subject: an infinitive
     * of purpose ("shook off a cold to win"), a gerund after a preposition ("set a record in winning", "made up for it
     * by beating Y") or a verb after "when he", "after she" where the pronoun does not disagree with the first name.
     */
    private static boolean controlled(List<Token> tokens, int k, int ownVerb, String firstName) {
        Token before = tokens.get(k - 1);
        // "shook off an upset stomach to win the 60m", unless the clause's verb hands the infinitive to its object.
        if (before.lowerWord().equals("to") && tokens.get(k).pos().equals("VB") && ownVerb >= 0
                && !OBJECT_CONTROL.contains(tokens.get(ownVerb).lowerLemma())) {
            return true;
        }
        if (tokens.get(k).pos().equals("VBG") && Set.of("by", "after", "in", "before", "on").contains(before.lowerWord())) {
            return true;
        }
        return k > 1 && Set.of("he", "she").contains(before.lowerWord()) && SUBORDINATORS.contains(tokens.get(k - 2).lowerWord())
                && !FirstNames.disagrees(firstName, before.word());
    }

    /** "has", "was", "will" before another verb: part of that verb, not a verb of its own. */
    private static boolean auxiliary(List<Token> tokens, int k) {
        if (!Set.of("be", "have", "do", "will", "would", "can", "could", "may", "might", "shall", "should", "must")
                .contains(tokens.get(k).lowerLemma()) && !tokens.get(k).pos().equals("MD")) {
            return false;
        }
        int next = k + 1;
        while (next < tokens.size() && (tokens.get(next).pos().startsWith("RB") || tokens.get(next).lowerWord().equals("not"))) {
            next++;
        }
        return next < tokens.size() && tokens.get(next).isVerb();
    }

    private static boolean startsAt(List<Token> tokens, int k, List<String> cue) {
        if (k + cue.size() > tokens.size()) {
            return false;
        }
        for (int j = 0; j < cue.size(); j++) {
            Token t = tokens.get(k + j);
            // A cue is a common word: "Sprint", a firm's name, is none.
            if (!cue.get(j).equals(t.lowerWord()) || t.isProperNoun() && t.isCapitalised() && k + j > 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isQuote(Token t) {
        return Set.of("\"", "``", "''", "\u201c", "\u201d").contains(t.word());
    }



    private static Set<List<String>> cues(String list) {
        Set<List<String>> cues = new HashSet<>();
        for (String cue : list.split(",")) {
            cues.add(List.of(cue.strip().split(" ")));
        }
        return Set.copyOf(cues);
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
                Set<List<String>> strong = cues(fields[2]);
                Set<List<String>> all = new HashSet<>(strong);
                all.addAll(cues(fields[3]));
                sports.add(new Sport(fields[0].strip(), fields[1].strip(), Set.copyOf(all), strong));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(sports);
    }
}
