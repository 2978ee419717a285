package dev.news.summary.engine.facts;

import dev.news.summary.engine.Evidence;
import dev.news.summary.engine.Venue;
import dev.news.summary.engine.text.GluedSentenceSplitter;
import dev.news.summary.engine.text.Mention;
import dev.news.summary.engine.text.ParsedArticle;
import dev.news.summary.engine.text.Sentence;
import dev.news.summary.engine.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds where the main event happens: gathers candidate places (after a locative, as the modifier of an event noun,
 * named sites after "at", a dateline at the very start) and lets {@link VenuePolicy} choose one, or none. A city wins
 * over the region or country written after it ("Nice, France").
 */
public final class VenueExtractor {

    private static final Set<String> LOCATIVE = Set.of("in", "at", "inside", "outside", "near");
    /** Prepositions that put an event at a site rather than in a region. */
    private static final Set<String> SITE_LOCATIVE = Set.of("at", "outside", "inside", "near");
    /** Nouns and verbs that name a gathering or an incident, i.e. something that happens somewhere. */
    private static final Set<String> EVENT_LEMMAS = Set.of("talk", "meet", "meeting", "summit", "conference",
            "discussion", "negotiation", "hold", "host", "gather", "rally", "speech", "speak", "visit", "ceremony",
            "match", "game", "race", "tournament", "final", "concert", "festival", "trial", "hearing", "court",
            "tribunal", "attack", "explosion", "blast", "crash", "derail", "accident", "fire", "protest", "vote",
            "election", "announce", "launch", "open", "begin", "take", "occur", "happen", "win", "sign", "agree",
            "disaster", "tragedy", "collision", "derailment", "shooting", "stabbing", "bombing", "riot", "clash",
            "raid", "siege", "earthquake", "flood", "storm", "massacre", "crush", "arrive");
    /** What happens to an occasion, besides the event verbs: it is stopped, put off, called off or cut short. */
    private static final Set<String> OCCASION_VERBS = Set.of("halt", "postpone", "cancel", "abandon", "suspend",
            "delay", "stop", "interrupt", "stage", "call", "end", "resume", "restart", "curtail");
    /** Nouns of a built or bounded site, which a place name may modify ("the X race track", "the X town hall"). */
    private static final Set<String> SITE_NOUNS = Set.of("track", "circuit", "course", "stadium", "ground", "arena",
            "hall", "centre", "center", "court", "courthouse", "hotel", "station", "airport", "park", "square", "street",
            "road", "building", "tower", "church", "mosque", "temple", "cathedral", "school", "hospital", "prison",
            "camp", "base", "harbour", "harbor", "bridge", "theatre", "theater", "museum", "venue", "complex", "plant",
            "factory", "headquarters", "embassy", "consulate", "palace", "castle", "market", "mall", "campus", "field",
            "club", "house", "studio", "gallery", "library", "zoo", "resort", "port");
    /** Nouns of time that, with "at" and a club or a firm, give how long someone was there ("his time at X"). */
    private static final Set<String> STRETCHES = Set.of("time", "season", "year", "spell", "stint", "career");
    /** People at a place to watch or visit it, who are no sign that it employs them ("fans at X"). */
    private static final Set<String> ONLOOKERS = Set.of("fan", "supporter", "spectator", "crowd", "audience", "visitor",
            "onlooker", "tourist", "police");
    /** Days and times that own an occasion in "Sunday's X", "this year's X". */
    private static final Set<String> DAY_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tomorrow", "tonight", "weekend", "week", "month", "year",
            "season");
    /** How many words ("the small coastal town of") may stand between "in" and the place. */
    private static final int MAX_SKIPPED = 6;
    /** How many content sentences from the lead are read for named sites. */
    private static final int SITE_SENTENCES = 3;
    /** Capitalised labels that open web stories but are not places. */
    private static final Set<String> PAGE_LABELS = Set.of("update", "updated", "breaking", "breaking news", "watch",
            "exclusive", "live", "video", "photos", "opinion", "analysis", "editorial", "review", "comment", "news");
    private final VenuePolicy policy;

    public VenueExtractor(VenueWeights weights) {
        this.policy = new VenuePolicy(weights);
    }

    Venue extract(ParsedArticle article) {
        return choose(article, candidates(article));
    }

    public Venue choose(List<VenueCandidate> candidates) {
        return policy.choose(candidates);
    }

    /** The venue among the candidates, named with the larger places the text puts it in. */
    public Venue choose(ParsedArticle article, List<VenueCandidate> candidates) {
        Venue venue = policy.choose(candidates);
        return venue == null ? null : located(article, venue);
    }

    /**
     * "at the X race track in Y, Z", "in X, Z": the larger places the text writes right after the mention the venue
     * was chosen at belong to its name ("X, Y, Z"), as a reader would give an address; the evidence is then the span
     * that says so. Each must be larger than the place before it, or be the city of a named site ("the X circuit in
     * Y"), and a comma must not go on to a list ("X, Z, W and V").
     */
    Venue located(ParsedArticle article, Venue venue) {
        int sentence = venue.evidence().sentence();
        if (article.debris().contains(sentence)) {
            return venue;
        }
        PlaceNames names = new PlaceNames(article);
        List<Mention> places = new ArrayList<>();
        for (Mention m : article.contentMentions()) {
            if (m.sentence() == sentence && names.isPlace(m)) {
                places.add(m);
            }
        }
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i).start() == venue.evidence().start()) {
                Venue named = withContainers(places, i, article.sentences().get(sentence).tokens(), venue.name());
                return named == null ? venue : named;
            }
        }
        return venue;
    }

    /**
     * The venue named with the places holding its mention {@code places.get(i)}, or null when none follows it; the
     * places are those of the mention's sentence, in order.
     */
    private static Venue withContainers(List<Mention> places, int i, List<Token> tokens, String venueName) {
        Mention m = places.get(i);
        int[] span = PlaceNames.wholeSpan(tokens, m);
        StringBuilder name = new StringBuilder(venueName);
        Mention inner = m;
        int end = span[1];
        for (int j = i + 1; j < places.size(); j++) {
            Mention outer = places.get(j);
            int outerEnd = PlaceNames.wholeSpan(tokens, outer)[1];
            if (!holds(tokens, end, outer, outerEnd, inner)) {
                break;
            }
            name.append(", ").append(PlaceNames.wholeName(tokens, outer));
            inner = outer;
            end = outerEnd;
        }
        if (inner == m) {
            return null;
        }
        return new Venue(name.toString(), Token.evidence(m.sentence(), tokens, span[0], end));
    }

    /**
     * Whether {@code outer}, written from token {@code from} on (where the name of {@code inner} ends) to
     * {@code outerEnd}, is a place holding {@code inner}.
     */
    private static boolean holds(List<Token> tokens, int from, Mention outer, int outerEnd, Mention inner) {
        int k = from;
        // "the X race track in Y": a few lower-case nouns, ending in a site's noun, that say what the venue is;
        // in "X funds in Y" the place only modifies what is in Y.
        int nouns = k;
        while (nouns < outer.firstToken() && nouns - from < 3 && isLowerCaseNoun(tokens.get(nouns))) {
            nouns++;
        }
        boolean siteNoun = nouns > k && isSiteNoun(tokens.get(nouns - 1));
        if (siteNoun) {
            k = nouns;
        }
        // "the X circuit in Y", "X Tower in Y": the venue is a site, which a city holds.
        boolean site = siteNoun || SITE_NOUNS.contains(tokens.get(from - 1).lowerWord());
        if (k >= outer.firstToken()) {
            return false;
        }
        boolean in = tokens.get(k).word().equalsIgnoreCase("in");
        if (!in && !tokens.get(k).word().equals(",")) {
            return false;
        }
        k++;
        // "in northern Y" holds; "in the north of Y" names a part of Y: only "the" and adjectives may come between.
        while (k < outer.firstToken() && (tokens.get(k).word().equalsIgnoreCase("the")
                || tokens.get(k).pos().startsWith("JJ") && !tokens.get(k).isCapitalised())) {
            k++;
        }
        if (k != outer.firstToken() || PlaceNames.key(outer.text()).equals(PlaceNames.key(inner.text()))) {
            return false;
        }
        // Larger: a region or country holds a city; a city or named area holds a named site only when the text says
        // it is one, for a city and a square are tagged alike and "Arlen in Y Square" is the other way round.
        boolean larger = specificity(outer.type()) < specificity(inner.type())
                || in && site && inner.type().equals("LOCATION") && Set.of("CITY", "LOCATION").contains(outer.type());
        return larger && (in || !listGoesOn(tokens, outerEnd));
    }

    /** "X, Z and W", "X, Z, W": after the place ending before {@code k}, the list of places goes on. */
    private static boolean listGoesOn(List<Token> tokens, int k) {
        if (k < tokens.size() && Set.of("and", "or").contains(tokens.get(k).lowerWord())) {
            return true;
        }
        return k + 1 < tokens.size() && tokens.get(k).word().equals(",")
                && (Set.of("and", "or").contains(tokens.get(k + 1).lowerWord())
                || PlaceNames.PLACE_TYPES.contains(tokens.get(k + 1).ner()));
    }

    /** Whether a word's lemma names a built or bounded site ({@link #SITE_NOUNS}). */
    private static boolean isSiteNoun(Token t) {
        return SITE_NOUNS.contains(t.lowerLemma());
    }

    private static boolean isLowerCaseNoun(Token t) {
        return (t.pos().equals("NN") || t.pos().equals("NNS")) && !t.isCapitalised();
    }

    public List<VenueCandidate> candidates(ParsedArticle article) {
        List<VenueCandidate> out = new ArrayList<>();
        int lead = article.leadSentence();
        PlaceNames names = new PlaceNames(article);
        List<List<String>> titleWords = titleNames(article.title());
        Set<String> titleLemmas = new HashSet<>();
        article.title().forEach(t -> titleLemmas.add(t.lowerLemma()));
        Set<String> actor = leadActorNames(article);
        Mention previous = null;
        Map<String, Integer> background = pastEventPlaces(article);
        for (Mention m : article.contentMentions()) {
            if (!names.isPlace(m)) {
                if (institutionHostingAnEvent(article, m)) {
                    List<Token> tokens = article.sentences().get(m.sentence()).tokens();
                    out.add(new VenueCandidate(PlaceNames.wholeName(tokens, m), VenueCandidate.Kind.LOCATIVE,
                            m.sentence() - lead, !Clauses.subordinate(tokens)[m.firstToken()], true,
                            inTitle(PlaceNames.wholeName(tokens, m), titleWords), 1.0, othersClause(article, m.sentence(), actor),
                            m.evidence()));
                }
                continue;
            }
            Mention before = previous;
            previous = m;
            List<Token> tokens = article.sentences().get(m.sentence()).tokens();
            // "Nice, France": the region or country after a comma qualifies the place before it.
            if (before != null && qualifies(tokens, before, m)) {
                continue;
            }
            VenueCandidate.Kind kind = governedByLocative(tokens, m.firstToken()) && !modifiesOtherNoun(tokens, m)
                    ? VenueCandidate.Kind.LOCATIVE
                    : modifiesEventNoun(tokens, m) ? VenueCandidate.Kind.EVENT_MODIFIER : null;
            // "over the X rail crash in 1999": the place of an event the text dates to a past year is background,
            // and stays so when the text names it again ("the line at X").
            if (kind == null || pastEvent(tokens, m.endToken())) {
                continue;
            }
            boolean main = !Clauses.subordinate(tokens)[m.firstToken()];
            out.add(new VenueCandidate(PlaceNames.wholeName(tokens, m), kind, m.sentence() - lead, main,
                    eventful(tokens, titleLemmas), inTitle(PlaceNames.wholeName(tokens, m), titleWords), specificity(m.type()),
                    othersClause(article, m.sentence(), actor), m.evidence()));
        }
        sites(article, lead, titleLemmas, titleWords, out);
        namedEventPlaces(article, lead, titleLemmas, titleWords, out);
        namedEvents(article, lead, titleWords, out);
        // Unless the text named the place as a candidate before it dated an event there ("in X ... X's launch in 1994").
        Set<String> earlier = new HashSet<>();
        for (VenueCandidate c : out) {
            Integer dated = background.get(c.key());
            if (dated != null && c.evidence().sentence() < dated) {
                earlier.add(c.key());
            }
        }
        out.removeIf(c -> background.containsKey(c.key()) && !earlier.contains(c.key()));
        VenueCandidate dateline = dateline(article);
        if (dateline != null) {
            out.add(dateline);
        }
        return out;
    }

    /** Cities and named areas say more than a region, a region more than a country. */
    private static double specificity(String type) {
        return switch (type) {
            case "CITY", "LOCATION" -> 1.0;
            case "STATE_OR_PROVINCE" -> 0.7;
            default -> 0.5;
        };
    }

    private static boolean eventful(List<Token> tokens, Set<String> titleLemmas) {
        for (Token t : tokens) {
            String lemma = t.lowerLemma();
            if (EVENT_LEMMAS.contains(lemma) || t.isVerb() && titleLemmas.contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The headline's names: its runs of capitalised words, lower-case, with "of" and "the" inside a run ("Isle of
     * Arn", "Arlen Rovers"). A headline in title case, most of its words capitalised, is one run: its capitals say
     * nothing about where names end.
     */
    private static List<List<String>> titleNames(List<Token> title) {
        int words = 0;
        int capitalised = 0;
        for (Token t : title) {
            if (t.isWord()) {
                words++;
                capitalised += t.isCapitalised() ? 1 : 0;
            }
        }
        boolean titleCase = words >= 4 && capitalised * 10 >= words * 6;
        List<List<String>> names = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (int i = 0; i < title.size(); i++) {
            Token t = title.get(i);
            boolean inner = !run.isEmpty() && Set.of("of", "the").contains(t.word()) && i + 1 < title.size()
                    && title.get(i + 1).isCapitalised();
            if (titleCase && t.isWord() || !titleCase && (t.isCapitalisedName() || inner)) {
                run.add(t.lowerWord());
            } else if (!run.isEmpty()) {
                names.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            names.add(run);
        }
        if (titleCase) {
            // Any stretch of a title-case headline may be a name: the place's words in a row are enough.
            List<List<String>> stretches = new ArrayList<>();
            for (List<String> r : names) {
                for (int end = 1; end <= r.size(); end++) {
                    stretches.add(r.subList(0, end));
                }
            }
            return stretches;
        }
        return names;
    }

    /**
     * Whether the headline names the place: one of its names ends with the place's words ("Storm hits the Old Town
     * Hall"), while a name the place only opens ("Arlen Rovers sign a goalkeeper") is a team's or a firm's.
     */
    private static boolean inTitle(String name, List<List<String>> titleNames) {
        List<String> words = List.of(PlaceNames.key(name).split("\\s+"));
        for (List<String> run : titleNames) {
            if (!words.get(0).isEmpty() && run.size() >= words.size()
                    && run.subList(run.size() - words.size(), run.size()).equals(words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean qualifies(List<Token> tokens, Mention before, Mention m) {
        if (before.sentence() != m.sentence() || before.endToken() >= m.firstToken()) {
            return false;
        }
        // "MP for X in Y", "the X seat in Y": Y locates a place that names what someone represents, not where
        // anything happens ("visited the X temple in Y" keeps Y).
        int in = m.firstToken() - 1;
        boolean represented = in == before.endToken() && before.firstToken() > 0
                && tokens.get(before.firstToken() - 1).word().equalsIgnoreCase("for")
                || in == before.endToken() + 1 && modifiesOtherNoun(tokens, before);
        if (tokens.get(in).word().equalsIgnoreCase("in") && represented) {
            return true;
        }
        if (!tokens.get(before.endToken()).word().equals(",")) {
            return false;
        }
        for (int i = before.endToken() + 1; i < m.firstToken(); i++) {
            if (!PlaceNames.QUALIFIERS.contains(tokens.get(i).lowerWord())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the X rail crash in 1999", "the X summit of 2011": an event the text dates to a past year right after naming
     * it, so its place is background to the news.
     */
    private static boolean pastEvent(List<Token> tokens, int end) {
        for (int k = end; k + 1 < tokens.size() && k < end + 4; k++) {
            String w = tokens.get(k).lowerWord();
            Token next = tokens.get(k + 1);
            if ((w.equals("in") || w.equals("of")) && next.pos().equals("CD") && next.word().matches("(1[89]|20)\\d\\d")) {
                return true;
            }
            if (!(tokens.get(k).pos().startsWith("NN") || w.equals("in") || w.equals("of"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The names written before an event noun that the text dates to a past year ("the X rail crash in 1999"), tagged
     * as places or not, with the first sentence that does so: where that past event was, background wherever the
     * text names it again.
     */
    private static Map<String, Integer> pastEventPlaces(ParsedArticle article) {
        Map<String, Integer> out = new HashMap<>();
        for (Sentence s : article.sentences()) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size()) {
                int end = i;
                while (end < tokens.size() && tokens.get(end).isCapitalisedName()) {
                    end++;
                }
                if (end > i) {
                    Mention m = new Mention("", "O", s.index(), i, end, tokens.get(i).start(), tokens.get(end - 1).end(), null);
                    if (modifiesEventNoun(tokens, m) && pastEvent(tokens, end)) {
                        out.putIfAbsent(PlaceNames.key(Token.words(tokens, i, end)), s.index());
                    }
                }
                i = Math.max(end, i + 1);
            }
        }
        return out;
    }

    /**
     * "a ceremony in the House of X", "a hearing at the Y Court": an institution written right after an event noun and
     * "in" or "at" is the building where that event is held.
     */
    private static boolean institutionHostingAnEvent(ParsedArticle article, Mention m) {
        if (!m.type().equals("ORGANIZATION")) {
            return false;
        }
        List<Token> tokens = article.sentences().get(m.sentence()).tokens();
        int k = m.firstToken() - 1;
        if (k >= 0 && tokens.get(k).word().equalsIgnoreCase("the")) {
            k--;
        }
        if (k < 1 || !Set.of("in", "at").contains(tokens.get(k).lowerWord())) {
            return false;
        }
        Token event = tokens.get(k - 1);
        return (event.pos().equals("NN") || event.pos().equals("NNS"))
                && EVENT_LEMMAS.contains(event.lowerLemma());
    }

    /** The name words of the person the lead's subject names, or none when it names no person. */
    private static Set<String> leadActorNames(ParsedArticle article) {
        LeadSubject.Phrase subject = LeadSubject.find(article);
        Set<String> names = new HashSet<>();
        if (subject != null) {
            for (Mention m : article.contentMentions()) {
                if (m.type().equals("PERSON") && subject.covers(m)) {
                    names.addAll(ParticipantExtractor.nameWords(m.text()));
                }
            }
        }
        return names;
    }

    /**
     * Whether the subject of the sentence's first clause names a person, none of whose name words is the lead actor's:
     * "Y, 59, was abducted in Z" after a lead about what X did.
     */
    private static boolean othersClause(ParsedArticle article, int sentence, Set<String> actor) {
        if (actor.isEmpty()) {
            return false;
        }
        LeadSubject.Phrase subject = LeadSubject.subjectOf(sentence, article.sentences().get(sentence).tokens());
        if (subject == null) {
            return false;
        }
        boolean other = false;
        for (Mention m : article.contentMentions()) {
            if (m.type().equals("PERSON") && subject.covers(m)) {
                if (ParticipantExtractor.nameWords(m.text()).stream().anyMatch(actor::contains)) {
                    return false;
                }
                other = true;
            }
        }
        return other;
    }

    /** "in the X seat", "at X University": the place names what a following noun is, not where anything happens. */
    private static boolean modifiesOtherNoun(List<Token> tokens, Mention m) {
        int k = m.endToken();
        if (k >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k);
        // Singular only: "the X Pavilion hours before" is a place followed by a time.
        boolean noun = next.pos().equals("NN");
        return noun && !PlaceNames.QUALIFIERS.contains(next.lowerWord())
                && !EVENT_LEMMAS.contains(next.lowerLemma());
    }

    /** "the X talks", "a X news conference", "before a X court": the place of a named event. */
    private static boolean modifiesEventNoun(List<Token> tokens, Mention m) {
        int k = m.endToken();
        int nouns = 0;
        while (k < tokens.size() && nouns < 3 && (tokens.get(k).pos().equals("NN") || tokens.get(k).pos().equals("NNS"))) {
            if (EVENT_LEMMAS.contains(tokens.get(k).lowerLemma())
                    && (k + 1 >= tokens.size() || !tokens.get(k + 1).pos().startsWith("NN"))) {
                return true;
            }
            k++;
            nouns++;
        }
        return false;
    }

    /**
     * Named sites the recogniser does not tag as places: "at the Grand Arena", "at Oakwood Stadium", read in the
     * first sentences after "at" (or "outside", "inside"), which names a site rather than a region or an employer.
     */
    private static void sites(ParsedArticle article, int lead, Set<String> titleLemmas, List<List<String>> titleWords,
                              List<VenueCandidate> out) {
        for (Sentence s : leadSentences(article, lead)) {
            List<Token> tokens = s.tokens();
            boolean[] subordinate = Clauses.subordinate(tokens);
            for (int i = 0; i + 1 < tokens.size(); i++) {
                // "a ceremony in the Hall of X": after an event noun, "in the" opens a site too.
                boolean eventIn = i > 0 && tokens.get(i).word().equalsIgnoreCase("in")
                        && tokens.get(i + 1).word().equalsIgnoreCase("the") && tokens.get(i - 1).pos().startsWith("NN")
                        && EVENT_LEMMAS.contains(tokens.get(i - 1).lowerLemma());
                if (!SITE_LOCATIVE.contains(tokens.get(i).lowerWord()) && !eventIn) {
                    continue;
                }
                int from = i + 1;
                if (tokens.get(from).word().equalsIgnoreCase("the") && from + 1 < tokens.size()) {
                    from++;
                }
                int end = from;
                // "at 10 X Street": a house number opens the name.
                if (tokens.get(end).pos().equals("CD") && end + 2 < tokens.size() && tokens.get(end + 1).isProperNoun()
                        && tokens.get(end + 2).isProperNoun()) {
                    end++;
                }
                // "House of X": "of" joins two capitalised name words.
                while (end < tokens.size() && (siteWord(tokens.get(end)) || end > from
                        && tokens.get(end).word().equals("of") && end + 1 < tokens.size() && siteWord(tokens.get(end + 1)))) {
                    end++;
                }
                // Trailing adjectives are not part of a name; a run of adjectives alone is no site.
                while (end > from && !tokens.get(end - 1).isProperNoun()) {
                    end--;
                }
                // Places the recogniser tagged are candidates already.
                boolean tagged = false;
                for (int k = from; k < end; k++) {
                    tagged |= PlaceNames.PLACE_TYPES.contains(tokens.get(k).ner());
                }
                // "at Arlen 2004": a name with its year is an occasion (a tournament, a games), not a site; in "Arlen
                // Stadium 2000 fans" and "Arlen Hall 1930 GMT" the site's noun ends the name, and a count or a time
                // follows.
                boolean occasion = end < tokens.size() && tokens.get(end).pos().equals("CD")
                        && !tokens.get(end).ner().equals("TIME")
                        && tokens.get(end).word().matches("(18|19|20)\\d\\d")
                        && !isSiteNoun(tokens.get(end - 1));
                if (end == from || tagged || occasion || employer(tokens, i, from, end)) {
                    continue;
                }
                String name = Token.words(tokens, from, end);
                out.add(new VenueCandidate(name, VenueCandidate.Kind.SITE, s.index() - lead, !subordinate[i],
                        eventful(tokens, titleLemmas), inTitle(name, titleWords), 1.0, false,
                        Token.evidence(s.index(), tokens, from, end)));
            }
        }
    }

    /**
     * "engineers at Norrlink", "five seasons at Harbour Rovers": after people or a stretch of time, "at" and a name the
     * recogniser tagged as an organisation throughout, with no site's noun at its end, say where someone works or
     * played, not where something happened ("the defeat at Harbour Rovers" is the match's ground).
     */
    private static boolean employer(List<Token> tokens, int at, int from, int end) {
        for (int k = from; k < end; k++) {
            if (!tokens.get(k).ner().equals("ORGANIZATION")) {
                return false;
            }
        }
        if (at == 0 || !tokens.get(at).word().equalsIgnoreCase("at")
                || isSiteNoun(tokens.get(end - 1))) {
            return false;
        }
        Token before = tokens.get(at - 1);
        // People who work somewhere, not those who come to watch; a stretch of time ("five months", "his time", "this
        // season"), not a moment ("yesterday", "last night", "in the 90th minute").
        boolean staff = RoleReader.isPersonNoun(before) && !ONLOOKERS.contains(before.lowerLemma());
        boolean stretch = before.ner().equals("DURATION") || before.pos().equals("NNS") && RoleReader.namesTime(before)
                || STRETCHES.contains(before.lowerLemma());
        return before.pos().startsWith("NN") && !before.isProperNoun() && (staff || stretch);
    }

    /** The first {@value #SITE_SENTENCES} sentences from the lead on that are not page debris. */
    private static List<Sentence> leadSentences(ParsedArticle article, int lead) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (out.size() == SITE_SENTENCES) {
                break;
            }
            if (!article.debris().contains(s.index()) && s.index() >= lead) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * "The X Street talks", "a X Hall concert": a capitalised name the recogniser left untagged, written as the
     * modifier of an event noun in the lead sentences, names where that event was.
     */
    private static void namedEventPlaces(ParsedArticle article, int lead, Set<String> titleLemmas, List<List<String>> titleWords,
                                         List<VenueCandidate> out) {
        for (Sentence s : leadSentences(article, lead)) {
            List<Token> tokens = s.tokens();
            boolean[] subordinate = Clauses.subordinate(tokens);
            int i = 0;
            while (i < tokens.size()) {
                int end = i;
                while (end < tokens.size() && tokens.get(end).isProperNoun() && tokens.get(end).ner().equals("O")
                        && Character.isUpperCase(tokens.get(end).word().charAt(0))) {
                    end++;
                }
                // Two words at least: a lone capitalised word before a noun is too often a brand or a label.
                if (end - i >= 2 && i > 0 && tokens.get(i - 1).pos().equals("DT")) {
                    Mention m = new Mention("", "O", s.index(), i, end, tokens.get(i).start(), tokens.get(end - 1).end(), null);
                    if (modifiesEventNoun(tokens, m) && !pastEvent(tokens, end)) {
                        String name = Token.words(tokens, i, end);
                        out.add(new VenueCandidate(name, VenueCandidate.Kind.EVENT_MODIFIER, s.index() - lead,
                                !subordinate[i], true, inTitle(name, titleWords), 1.0, false,
                                Token.evidence(s.index(), tokens, i, end)));
                    }
                }
                i = Math.max(end, i + 1);
            }
        }
    }

    /**
     * "at the Norlandian Chess Open", "in Saturday's Norlandian Marathon", "Norlandian Sailing Week was postponed": in
     * the lead sentences, a nationality followed by capitalised words the recogniser left untagged names an occasion
     * and where it is held, when it stands after "in" or "at" or a day's possessive, or opens the sentence as the
     * subject of what happens to an occasion ({@link #undergoes}). (A place followed by such words is a place candidate
     * already, its name completed: "at the Arlen Marathon".)
     */
    private static void namedEvents(ParsedArticle article, int lead, List<List<String>> titleWords,
                                    List<VenueCandidate> out) {
        for (Sentence s : leadSentences(article, lead)) {
            List<Token> tokens = s.tokens();
            boolean[] subordinate = Clauses.subordinate(tokens);
            for (int i = 0; i + 1 < tokens.size(); i++) {
                String ner = tokens.get(i).ner();
                if (!ner.equals("NATIONALITY") || i > 0 && tokens.get(i - 1).ner().equals(ner)) {
                    continue;
                }
                int from = i;
                while (i + 1 < tokens.size() && tokens.get(i + 1).ner().equals(ner)) {
                    i++;
                }
                int end = i + 1;
                while (end < tokens.size() && eventNameWord(tokens.get(end))) {
                    end++;
                }
                // "the rain-soaked Norlandian Chess Open": modifiers may stand between the article and the name.
                int k = from - 1;
                while (k >= 0 && modifier(tokens.get(k))) {
                    k--;
                }
                if (k >= 0 && tokens.get(k).pos().equals("DT")) {
                    k--;
                }
                // The occasion stands after "in"/"at" or a day's possessive ("Saturday's"), or opens the sentence as
                // the subject of what happens to an occasion ("was postponed", "began"): an organisation so named
                // acts ("The Norlandian Navy has said"). "The final of the Norlandian Cup" names a competition.
                boolean named = k >= 0 && (dayPossessive(tokens, k) || LOCATIVE.contains(tokens.get(k).lowerWord()))
                        || k < 0 && undergoes(tokens, end);
                // The name must end the noun phrase: "the Norlandian Open tickets" names something else; a name ending
                // in capitals ("NCA") is an organisation's.
                boolean ends = end >= tokens.size() || !tokens.get(end).pos().startsWith("NN");
                if (end - i < 2 || !named || !ends || RoleReader.isAcronymOffice(tokens.get(end - 1))) {
                    continue;
                }
                String name = Token.words(tokens, from, end);
                out.add(new VenueCandidate(name, VenueCandidate.Kind.NAMED_EVENT, s.index() - lead, !subordinate[from],
                        true, inTitle(name, titleWords), 1.0, false, Token.evidence(s.index(), tokens, from, end)));
                i = end - 1;
            }
        }
    }

    /**
     * "was postponed", "has been called off", "began": the verb after a subject ending at {@code end} is one of what
     * happens to an occasion (it is held, opens, is stopped, put off or called off), not of what an organisation does
     * ("was criticised", "has said").
     */
    private static boolean undergoes(List<Token> tokens, int end) {
        if (end >= tokens.size() || !tokens.get(end).isFiniteVerb()) {
            return false;
        }
        int k = end;
        while (k + 1 < tokens.size() && Set.of("be", "have").contains(tokens.get(k).lowerLemma())
                && tokens.get(k + 1).isVerb()) {
            k++;
        }
        String lemma = tokens.get(k).lowerLemma();
        return EVENT_LEMMAS.contains(lemma) || OCCASION_VERBS.contains(lemma);
    }

    /** "Sunday's", "this year's": a possessive whose owner is a day or a time, as an occasion's name is written after. */
    private static boolean dayPossessive(List<Token> tokens, int k) {
        return tokens.get(k).pos().equals("POS") && k > 0
                && DAY_WORDS.contains(tokens.get(k - 1).lowerWord());
    }

    /** A capitalised word of a name the recogniser did not tag, a number word ("Series Two") or noun included. */
    private static boolean eventNameWord(Token t) {
        return (t.pos().startsWith("NN") || t.pos().equals("CD")) && t.isCapitalised()
                && (t.ner().equals("O") || t.ner().equals("NUMBER") && t.pos().equals("CD"));
    }

    private static boolean modifier(Token t) {
        String pos = t.pos();
        return (pos.startsWith("JJ") || pos.startsWith("RB") || pos.equals("VBN") || pos.equals("VBG"))
                && !t.word().isEmpty() && Character.isLowerCase(t.word().charAt(0));
    }

    /** A capitalised name word (or national adjective) that is not a person, a date or a number. */
    private static boolean siteWord(Token t) {
        return (t.isProperNoun() || t.pos().startsWith("JJ")) && Character.isUpperCase(t.word().charAt(0))
                && !t.ner().equals("PERSON") && !t.ner().equals("DATE") && !t.ner().equals("TIME")
                && !t.ner().equals("NUMBER") && !t.ner().equals("TITLE");
    }

    /** A dateline's place, when the recogniser knows it as a place: where the story was reported from. */
    private static VenueCandidate dateline(ParsedArticle article) {
        GluedSentenceSplitter.Dateline d = article.dateline();
        if (d == null || d.place().isBlank() || PAGE_LABELS.contains(d.place().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return new VenueCandidate(d.place(), VenueCandidate.Kind.DATELINE, 0, true, false, false, 1.0, false, d.evidence());
    }

    private static boolean governedByLocative(List<Token> tokens, int first) {
        return locativeBefore(tokens, first) >= 0;
    }

    /** The index of the "in", "at" or "near" that governs the name starting at {@code first}, or -1. */
    static int locativeBefore(List<Token> tokens, int first) {
        int i = first - 1;
        int skipped = 0;
        while (i >= 0 && skipped < MAX_SKIPPED) {
            Token t = tokens.get(i);
            String w = t.lowerWord();
            if (LOCATIVE.contains(w)) {
                return i;
            }
            // "in the small coastal town of X", "in Country's X region"
            if (!PlaceNames.QUALIFIERS.contains(w) && !t.pos().equals("JJ") && !t.pos().equals("NNP")
                    && !t.pos().equals("POS")) {
                return -1;
            }
            i--;
            skipped++;
        }
        return -1;
    }
}
