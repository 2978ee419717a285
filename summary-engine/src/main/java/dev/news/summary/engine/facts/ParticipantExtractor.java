package dev.news.summary.engine.facts;

import dev.news.summary.engine.Evidence;
import dev.news.summary.engine.Participant;
import dev.news.summary.engine.text.Mention;
import dev.news.summary.engine.text.NameRepair;
import dev.news.summary.engine.text.ParsedArticle;
import dev.news.summary.engine.text.Sentence;
import dev.news.summary.engine.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Finds who takes part: merges person mentions ("Lee" = "Anna Lee"), reads roles from titles before the
 * name or appositives after it, and ranks by salience (the weights of {@link ParticipantWeights}). The subject of the lead ({@link LeadSubject}) comes
 * first: a person named there, else an organisation or country, else an unnamed group of people ("Police",
 * "At least five people", type GROUP) when the lead names no person at all.
 */
public final class ParticipantExtractor {

    private static final int MAX_EVIDENCE = 10;

    /** Verbs that report speech: their subject speaks about the news rather than acting in it. */
    private static final Set<String> SPEECH = Set.of("say", "tell", "add", "explain", "claim", "state", "insist",
            "warn", "comment", "note", "write", "tweet", "argue", "suggest", "admit", "reply", "ask");

    /** How many sentences from a counted description ("three divers") may hold the list of their names. */
    private static final int LIST_REACH = 3;

    /** How many sentences after the lead may name the person its subject describes. */
    private static final int DESCRIBED_REACH = 2;

    private final RoleReader roles = new RoleReader();
    private final ParticipantWeights weights;

    public ParticipantExtractor() {
        this(ParticipantWeights.defaults());
    }

    ParticipantExtractor(ParticipantWeights weights) {
        this.weights = weights;
        Animacy.load();
        Competitors.load();
        FirstNames.load();
    }

    /** A participant being assembled from its mentions. */
    private static final class Candidate {
        final String type;
        String name;
        List<String> words;
        final List<Mention> mentions = new ArrayList<>();
        Role role;
        double salience;
        boolean central;

        Candidate(String type, String name, List<String> words) {
            this.type = type;
            this.name = name;
            this.words = words;
        }

        int firstSentence() {
            return mentions.get(0).sentence();
        }
    }

    public List<Participant> extract(ParsedArticle article) {
        List<Mention> mentions = article.contentMentions();
        List<Candidate> people = mergePeople(article, mentions);
        int lead = article.leadSentence();
        Set<String> titleWords = article.titleWords();
        LeadSubject.Phrase subject = LeadSubject.find(article);
        Mention actor = subjectActor(article, mentions, subject);
        if (actor == null) {
            actor = describedActor(article, people, subject);
        }
        // "X thanks volunteers" over a lead whose first clause is about someone else ("Y opened the gates on Monday, and
        // X has thanked ..."): the person the headline makes its subject is the actor when the lead also writes them
        // as a subject.
        Mention headlined = headlineSubject(article, mentions, lead);
        if (headlined != null && (actor == null || actor.type().equals("PERSON"))) {
            actor = headlined;
        }
        Candidate group = actor == null ? group(article, mentions, subject) : null;
        if (actor == null && group == null) {
            actor = leadActor(article, mentions, lead);
        }

        for (Candidate c : people) {
            score(article, c, titleWords, lead, actor);
        }
        List<Candidate> all = new ArrayList<>(people);
        boolean personActs = actor != null && actor.type().equals("PERSON");
        if (personActs) {
            // The person doing the lead's main verb is the actor, whoever else the headline or quotes name.
            for (Candidate c : people) {
                if (c.mentions.contains(actor)) {
                    c.salience += weights.actorLead();
                    c.central = true;
                }
            }
        }
        if (group != null) {
            all.add(group);
        }
        boolean anyCentralPerson = people.stream().anyMatch(c -> c.central);
        boolean personInTitle = people.stream()
                .anyMatch(c -> c.words.stream().anyMatch(w -> w.length() > 1 && titleWords.contains(w)));
        if (!personActs && group == null) {
            Candidate institution = institutionalActor(article, mentions, actor, anyCentralPerson);
            if (institution == null && !personInTitle) {
                // The headline names an organisation and no person: that organisation is what the story is about.
                institution = headlineOrganisation(mentions, titleWords);
            }
            if (institution != null) {
                score(article, institution, titleWords, lead, actor);
                // The lead's actor outranks people who are only quoted or mentioned around it.
                institution.salience += weights.actorLead();
                institution.central = true;
                all.add(institution);
            }
        }
        if (all.isEmpty()) {
            // A story that names no one ("A roof fell in ... about thirty people were checked by medics"): the people it
            // counts first.
            Candidate counted = countedPeople(article);
            if (counted != null) {
                all.add(counted);
            }
        }
        all.sort(Comparator.<Candidate, Boolean>comparing(c -> !c.central)
                .thenComparing(c -> -c.salience)
                .thenComparing(Candidate::firstSentence));
        List<Participant> out = new ArrayList<>();
        for (Candidate c : all) {
            List<Evidence> evidence = c.mentions.stream().limit(MAX_EVIDENCE).map(Mention::evidence).toList();
            out.add(new Participant(c.name, c.type, c.role == null ? null : c.role.title(),
                    c.role == null ? null : c.role.affiliation(), c.role == null ? null : c.role.evidence(),
                    c.mentions.size(), c.central, evidence));
        }
        return out;
    }

    private List<Candidate> mergePeople(ParsedArticle article, List<Mention> mentions) {
        List<Candidate> people = new ArrayList<>();
        // The last words of the names the recogniser gave people, and every word of their fuller names.
        Set<String> surnames = new HashSet<>();
        Set<String> fullNameWords = new HashSet<>();
        for (Mention m : mentions) {
            List<String> words = m.type().equals("PERSON") ? nameWords(m.text()) : List.of();
            if (!words.isEmpty()) {
                surnames.add(words.get(words.size() - 1));
            }
            if (words.size() >= 2) {
                fullNameWords.addAll(words);
            }
        }
        List<Mention> persons = mentions.stream()
                .filter(m -> (m.type().equals("PERSON") || misreadPerson(article, m, surnames)) && hasProperNoun(article, m)
                        && !placeTakenForAPerson(article, m, fullNameWords))
                .toList();
        // Full names first so that later short forms have something to join.
        for (Mention m : persons) {
            List<String> words = nameWords(m.text());
            if (words.size() >= 2 && findContaining(people, words) == null) {
                people.add(new Candidate("PERSON", cleanName(m.text()), words));
            }
        }
        for (Mention m : persons) {
            List<String> words = nameWords(m.text());
            if (words.isEmpty()) {
                continue;
            }
            Candidate target = findContaining(people, words);
            if (target == null) {
                target = new Candidate("PERSON", cleanName(m.text()), words);
                people.add(target);
            }
            target.mentions.add(m);
            target.role = Role.better(target.role, roles.near(article, m));
        }
        people.removeIf(c -> c.mentions.isEmpty());
        for (Candidate c : people) {
            c.mentions.sort(Comparator.comparingInt(Mention::start));
        }
        describeRoles(article, people, Quotations.of(article));
        countedGroups(article, people);
        if (people.stream().anyMatch(c -> replaceable(c, true))) {
            Competitors.Sport sport = Competitors.sportOf(article);
            if (sport != null) {
                competitorRoles(article, people, sport);
            } else {
                // "X starred as Rovers won" is a sports report's figure of speech.
                tradeRoles(article, people);
            }
            makerRoles(article, people);
        }
        pronounRoles(article, people);
        return people;
    }

    private static boolean possessiveAfter(ParsedArticle article, Mention m) {
        List<Token> tokens = article.sentences().get(m.sentence()).tokens();
        return m.endToken() < tokens.size() && RoleReader.isPossessive(tokens.get(m.endToken()));
    }

    /**
     * Whether a sentence names someone a later "he" or "she" may mean besides its named people: by a common noun for a
     * person ("a lawyer", "his son", "a man") or by a personal pronoun ("met him").
     */
    private static boolean mayMeanAnother(ParsedArticle article, int sentence) {
        for (Token t : article.sentences().get(sentence).tokens()) {
            if (t.pos().startsWith("NN") && !t.isProperNoun() && Animacy.namesPerson(t.lemma())
                    || t.pos().equals("PRP") && Set.of("he", "him", "she", "her", "they", "them").contains(t.lowerWord())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X has published many histories. He is a fellow at Arlen College.": a role stated of "he" or "she" right after a
     * sentence that opens with the name of the only person it names belongs to that person, when the text gave them
     * none by name, that sentence names nobody else by a noun ("a lawyer", "his son") or a pronoun ("met him"), and
     * the pronoun does not disagree with the first name's sex.
     */
    private void pronounRoles(ParsedArticle article, List<Candidate> people) {
        for (int s = 1; s < article.sentences().size(); s++) {
            if (article.debris().contains(s) || article.debris().contains(s - 1)) {
                continue;
            }
            Role role = roles.pronounCopula(article, s);
            if (role == null) {
                continue;
            }
            Candidate opener = null;
            int named = 0;
            int prev = s - 1;
            for (Candidate c : people) {
                if (c.mentions.stream().anyMatch(m -> m.sentence() == prev)) {
                    named++;
                    if (c.mentions.stream().anyMatch(m -> m.sentence() == prev && m.firstToken() == 0
                            && !possessiveAfter(article, m))) {
                        opener = c;
                    }
                }
            }
            // "X has hired a lawyer. He is ...", "X met him. He is ...": "he" may be that other person.
            String pronoun = article.sentences().get(s).tokens().get(0).word();
            if (named == 1 && opener != null && opener.role == null && !mayMeanAnother(article, prev)
                    && !FirstNames.disagrees(opener.words.get(0), pronoun)) {
                opener.role = role;
            }
        }
    }

    /** Nouns for what a person won or was put up for, which say nothing of what they do. */
    private static final Set<String> DISTINCTIONS = Set.of("winner", "nominee", "finalist", "runner-up", "laureate",
            "recipient");

    /**
     * "X's fourth novel", "Y has written her novel": a person the text gives no role, or only a prize they won ("Z Prize
     * winner"), is the maker of the work the text writes as theirs ({@link Works}).
     */
    private static void makerRoles(ParsedArticle article, List<Candidate> people) {
        implied(people, true, (c, m) -> Works.makerOf(article, m, c.words.get(0)));
    }

    /**
     * "X won the women's 800m", "Y beat Z": in a report of a sport, a person who competes and whom the text gives no
     * role, or only a word for how they stand to others ("compatriot", "rival"), is one of the sport's competitors.
     */
    private static void competitorRoles(ParsedArticle article, List<Candidate> people, Competitors.Sport sport) {
        implied(people, false, (c, m) -> {
            Evidence evidence = Competitors.competes(article, m, c.words.get(0));
            return evidence == null ? null : new Role(sport.competitor(), null, evidence, true, false);
        });
    }

    /**
     * "X starred in ...", "directed by X": a person the text gives no role, or only a relation or a prize, does the
     * trade of the verb ({@link Trades}).
     */
    private static void tradeRoles(ParsedArticle article, List<Candidate> people) {
        implied(people, true, (c, m) -> Trades.tradeOf(article, m, c.words.get(0), () -> textGender(article, c)));
    }

    /**
     * Gives a person the role {@code reading} finds at the first of their mentions where it finds one, when the text
     * gives them none, or only a relation ("compatriot"), or with {@code overPrize} only a prize ("Z Prize winner").
     * Only a person the text names in full: one word tagged as a person may be a club or a place ("Arlen beat
     * Norland").
     */
    private static void implied(List<Candidate> people, boolean overPrize, BiFunction<Candidate, Mention, Role> reading) {
        for (Candidate c : people) {
            if (!replaceable(c, overPrize)) {
                continue;
            }
            for (Mention m : c.mentions) {
                Role role = reading.apply(c, m);
                if (role != null) {
                    c.role = role;
                    break;
                }
            }
        }
    }

    /** Whether an implied role may be given to this person ({@link #implied}). */
    private static boolean replaceable(Candidate c, boolean overPrize) {
        return c.words.size() >= 2 && (c.role == null || saysOnlyRelation(c.role)
                || overPrize && DISTINCTIONS.contains(head(c.role)));
    }

    /**
     * "FEMALE" or "MALE" by the first personal pronoun after one of the person's mentions, in its sentence or the
     * next, with no other person named between; null when there is none.
     */
    private static String textGender(ParsedArticle article, Candidate c) {
        for (Mention m : c.mentions) {
            String gender = pronounAfter(article, m);
            if (gender != null) {
                return gender;
            }
        }
        return null;
    }

    private static String pronounAfter(ParsedArticle article, Mention m) {
        for (int s = m.sentence(); s <= m.sentence() + 1 && s < article.sentences().size(); s++) {
            List<Token> tokens = article.sentences().get(s).tokens();
            for (int k = s == m.sentence() ? m.endToken() : 0; k < tokens.size(); k++) {
                String w = tokens.get(k).lowerWord();
                if (tokens.get(k).ner().equals("PERSON")) {
                    return null;
                }
                if (Set.of("he", "him", "his", "himself").contains(w)) {
                    return "MALE";
                }
                if (Set.of("she", "her", "hers", "herself").contains(w)) {
                    return "FEMALE";
                }
            }
        }
        return null;
    }

    /** Nouns that say how a person stands to others, not what they are. */
    private static final Set<String> RELATIONS = Set.of("compatriot", "countryman", "countrywoman", "rival",
            "team-mate", "teammate", "opponent", "partner", "colleague", "namesake");

    /** A role that says only how the person stands to others ("compatriot", "fellow rival"). */
    private static boolean saysOnlyRelation(Role role) {
        String head = head(role);
        return !role.office() && (RELATIONS.contains(head) || RELATIONS.contains(head.replaceAll("s$", "")));
    }

    /** The last word of a role, lower case: its head, for roles read without a complement. */
    private static String head(Role role) {
        String[] words = role.title().toLowerCase(Locale.ROOT).split(" ");
        return words[words.length - 1];
    }

    /**
     * "... the minister said": a definite description that opens a clause outside a quotation refers to the person
     * mentioned last, within a sentence or two, not counting sentences that only go on about someone
     * ({@link #countedSentences}); it gives a role to that person when the text gave them none by name.
     */
    private void describeRoles(ParsedArticle article, List<Candidate> people, Quotations quotations) {
        int[] counted = countedSentences(article, quotations);
        for (Sentence s : article.sentences()) {
            if (article.debris().contains(s.index())) {
                continue;
            }
            for (int i = 0; i < s.tokens().size(); i++) {
                // "The buyer picks the colours," she said: a description in a quotation is the speaker's, and whom
                // it means is not told by who was mentioned last.
                if (quotations.inside(s.index(), i)) {
                    continue;
                }
                // "..., a harbour official has said. Jane Roe said ...": an indefinite description names someone new,
                // whom only the next sentences can name, and never someone the text has named already.
                Role role = roles.description(article, s.index(), i);
                boolean opening = s.index() <= article.leadSentence() + 1;
                Role introduced = opening ? roles.introduction(article, s.index(), i) : null;
                if (introduced == null && s.index() == article.leadSentence() && role == null) {
                    // "..., the firm's chief has said": only a name that follows can be the one described.
                    introduced = roles.personDescription(article, s.index(), i);
                }
                if (introduced != null) {
                    Candidate named = namedNext(article, people, s.index());
                    if (named != null && firstNamedAfter(named, s.index())) {
                        named.role = introduced;
                    }
                    continue;
                }
                Role object = s.index() == article.leadSentence() ? roles.introducedObject(article, s.index(), i) : null;
                if (object != null) {
                    Candidate named = openingNext(article, people, s.index());
                    if (named != null) {
                        named.role = object;
                    }
                    continue;
                }
                if (role == null) {
                    continue;
                }
                Candidate last = null;
                int lastStart = -1;
                for (Candidate c : people) {
                    for (Mention m : c.mentions) {
                        boolean before = m.sentence() < s.index() || m.sentence() == s.index() && m.firstToken() < i;
                        int distance = m.sentence() == s.index() ? 0 : counted[s.index()] - counted[m.sentence() + 1] + 1;
                        if (before && distance <= roles.descriptionReach()
                                && m.start() > lastStart
                                && opensItsClause(article, m)) {
                            last = c;
                            lastStart = m.start();
                        }
                    }
                }
                if (last != null) {
                    last.role = Role.better(last.role, role);
                } else if (s.index() == article.leadSentence()) {
                    Candidate named = namedNext(article, people, s.index());
                    if (named != null) {
                        named.role = role;
                    }
                }
            }
        }
    }

    /**
     * "The party has suspended a council candidate over ... . Jon Roe, 54, was due to stand ...": the person whose
     * name opens the sentence after the lead, named there for the first time and given no role of their own, is the
     * one the lead's object introduced.
     */
    private static Candidate openingNext(ParsedArticle article, List<Candidate> people, int lead) {
        for (Candidate c : people) {
            Mention first = c.mentions.get(0);
            if (first.sentence() == lead + 1 && first.firstToken() == 0 && !article.debris().contains(lead + 1)) {
                return c.role == null ? c : null;
            }
        }
        return null;
    }

    /** Whether the text names the candidate only after sentence {@code sentence}. */
    private static boolean firstNamedAfter(Candidate c, int sentence) {
        return c.mentions.get(0).sentence() > sentence;
    }

    /**
     * "Plans to ... should be in the manifesto, the trade secretary has said. Jane Roe said ...": a lead that
     * describes its speaker before naming anyone is about the person the next sentences name first as a subject,
     * when the text gives that person no role of their own.
     */
    private static Candidate namedNext(ParsedArticle article, List<Candidate> people, int lead) {
        Candidate named = null;
        int first = Integer.MAX_VALUE;
        for (Candidate c : people) {
            for (Mention m : c.mentions) {
                boolean next = m.sentence() > lead && m.sentence() <= lead + DESCRIBED_REACH
                        && !article.debris().contains(m.sentence())
                        && (opensItsClause(article, m) || actsAsSubject(article, m));
                if (next && m.start() < first) {
                    first = m.start();
                    named = c;
                }
            }
        }
        return named != null && named.role == null ? named : null;
    }

    /**
     * A mention before the first finite verb of its clause (from the sentence start or the last comma): a subject,
     * or inside one ("X's spokesman said", "..., X announced").
     */
    private static boolean opensItsClause(ParsedArticle article, Mention m) {
        List<Token> tokens = article.sentences().get(m.sentence()).tokens();
        for (int i = m.firstToken() - 1; i >= 0; i--) {
            if (tokens.get(i).word().equals(",")) {
                return true;
            }
            if (tokens.get(i).isFiniteVerb()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "its chief executive Ann Roe" tagged as an organisation, while the text calls her "Ms Roe" later: a name right
     * after a role, ending with a surname the text gives a person elsewhere, is that person.
     */
    private static boolean misreadPerson(ParsedArticle article, Mention m, Set<String> surnames) {
        if (!m.type().equals("ORGANIZATION") || m.firstToken() == 0) {
            return false;
        }
        List<String> words = nameWords(m.text());
        Token before = article.sentences().get(m.sentence()).tokens().get(m.firstToken() - 1);
        return words.size() >= 2 && surnames.contains(words.get(words.size() - 1)) && RoleReader.isRoleNoun(before);
    }

    /**
     * "Ferry crews in Arlen returned": a single word tagged as a person right after "in", "at", "near" or "from", and
     * never part of a fuller name the text gives anyone, is a place the recogniser did not know.
     */
    private static boolean placeTakenForAPerson(ParsedArticle article, Mention m, Set<String> fullNameWords) {
        List<String> words = nameWords(m.text());
        if (words.size() != 1 || fullNameWords.contains(words.get(0)) || m.firstToken() == 0) {
            return false;
        }
        List<Token> tokens = article.sentences().get(m.sentence()).tokens();
        String before = tokens.get(m.firstToken() - 1).lowerWord();
        boolean possessive = m.endToken() < tokens.size() && (tokens.get(m.endToken()).word().equals("'s")
                || tokens.get(m.endToken()).pos().equals("POS"));
        return Set.of("in", "at", "near", "from").contains(before) && !possessive;
    }

    /**
     * The person a headline names as the subject of its verb ("Ann Roe blames ...", "Ann Roe and Ben Poe lead ..."),
     * as mentioned in the lead or the sentence after it as the subject of a clause, or null. Only a headline in the
     * present tense counts (the tagger reads a headline's plural verb as a base form too): a past participle ("Ann Roe
     * arrested") says what was done to them.
     */
    private static Mention headlineSubject(ParsedArticle article, List<Mention> mentions, int lead) {
        List<Token> title = article.title();
        int verb = 0;
        while (verb < title.size() && (title.get(verb).isProperNoun() || title.get(verb).word().equals(",")
                || title.get(verb).word().equalsIgnoreCase("and"))) {
            verb++;
        }
        if (verb == 0 || verb >= title.size()
                || !Set.of("VBZ", "VBP", "VB").contains(title.get(verb).pos())) {
            return null;
        }
        List<String> subjectWords = new ArrayList<>();
        for (int k = 0; k < verb; k++) {
            subjectWords.add(title.get(k).lowerWord());
        }
        Mention best = null;
        int bestPosition = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            if (!m.type().equals("PERSON") || m.sentence() < lead || m.sentence() > lead + 1
                    || !subjectOfClause(article.sentences().get(m.sentence()).tokens(), m)) {
                continue;
            }
            List<String> words = nameWords(m.text());
            int position = words.isEmpty() ? -1 : subjectWords.indexOf(words.get(words.size() - 1));
            if (position >= 0 && position < bestPosition) {
                best = m;
                bestPosition = position;
            }
        }
        return best;
    }

    /** "X has said", "X, Y and Z led": the name, or a list of names it belongs to, is followed by a finite verb. */
    private static boolean subjectOfClause(List<Token> tokens, Mention m) {
        int k = m.endToken();
        while (k < tokens.size() && k - m.endToken() < 8 && (tokens.get(k).isProperNoun()
                || tokens.get(k).word().equals(",") || tokens.get(k).word().equalsIgnoreCase("and"))) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).isFiniteVerb();
    }

    /**
     * "... a prize for three young divers. ... The prize for Jo Park, Ann Roe and Li Wu": a counted plural description
     * of people in the lead or the three sentences after it, and a list of exactly that many names near it, after the
     * same word ("for"), give each of them the description as a role ("young diver"). The same word keeps "when two
     * neighbours wrote to the council about a fence put up by X and Y" from making X and Y neighbours.
     */
    private void countedGroups(ParsedArticle article, List<Candidate> people) {
        int lead = article.leadSentence();
        for (int si = lead; si < article.sentences().size() && si <= lead + 3; si++) {
            List<Token> tokens = article.sentences().get(si).tokens();
            for (int i = 0; i < tokens.size(); i++) {
                int count = count(tokens.get(i));
                if (count < 2) {
                    continue;
                }
                int head = i + 1;
                while (head < tokens.size() && head - i <= 4 && !tokens.get(head).pos().equals("NNS")
                        && (tokens.get(head).pos().startsWith("JJ") || tokens.get(head).pos().equals("NN"))) {
                    head++;
                }
                if (head >= tokens.size() || !tokens.get(head).pos().equals("NNS") || !RoleReader.isPersonNoun(tokens.get(head))
                        || head + 1 < tokens.size() && tokens.get(head + 1).pos().startsWith("NN")) {
                    continue;
                }
                if (i == 0) {
                    continue;
                }
                Role role = roles.describing(article, si, i + 1, head + 1);
                List<Candidate> named = listOfNames(article, people, si, tokens.get(i - 1).word(), count);
                if (role != null && named != null) {
                    named.forEach(c -> c.role = Role.better(c.role, role.asShared()));
                }
            }
        }
    }

    /** 2 to 10 written as a word or in figures, else 0. */
    private static int count(Token t) {
        if (!t.pos().equals("CD")) {
            return 0;
        }
        int i = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
                .indexOf(t.lowerWord());
        if (i >= 0) {
            return i + 2;
        }
        return t.word().matches("[2-9]|10") ? Integer.parseInt(t.word()) : 0;
    }

    /**
     * The people of a list of exactly {@code count} names ("X and Y", "X, Y and Z") written after the word
     * {@code after}, in the sentences up to {@value #LIST_REACH} before or after {@code sentence}, or null.
     */
    private static List<Candidate> listOfNames(ParsedArticle article, List<Candidate> people, int sentence, String after,
                                               int count) {
        List<Mention> mentions = article.contentMentions();
        for (int si = Math.max(0, sentence - LIST_REACH); si < article.sentences().size() && si <= sentence + LIST_REACH; si++) {
            List<Token> tokens = article.sentences().get(si).tokens();
            List<Mention> persons = new ArrayList<>();
            for (Mention m : mentions) {
                if (m.sentence() == si && m.type().equals("PERSON")) {
                    persons.add(m);
                }
            }
            persons.sort(Comparator.comparingInt(Mention::firstToken));
            for (int a = 0; a < persons.size(); a++) {
                int b = a;
                while (b + 1 < persons.size() && joinedInList(tokens, persons.get(b), persons.get(b + 1))) {
                    b++;
                }
                int first = persons.get(a).firstToken();
                if (b > a && first > 0 && tokens.get(first - 1).word().equalsIgnoreCase(after)) {
                    if (b - a + 1 != count) {
                        return null;
                    }
                    List<Candidate> out = new ArrayList<>();
                    for (int k = a; k <= b; k++) {
                        Candidate c = candidateOf(people, persons.get(k));
                        if (c == null) {
                            return null;
                        }
                        out.add(c);
                    }
                    return out;
                }
                a = b;
            }
        }
        return null;
    }

    /** "X and Y", "X, Y": nothing but a comma or "and" between two names. */
    private static boolean joinedInList(List<Token> tokens, Mention a, Mention b) {
        for (int k = a.endToken(); k < b.firstToken(); k++) {
            String w = tokens.get(k).word();
            if (!w.equals(",") && !w.equalsIgnoreCase("and")) {
                return false;
            }
        }
        return b.firstToken() > a.endToken();
    }

    private static Candidate candidateOf(List<Candidate> people, Mention m) {
        for (Candidate c : people) {
            if (c.mentions.contains(m)) {
                return c;
            }
        }
        return null;
    }

    /**
     * For each sentence index i, how many sentences before i count in a description's reach: all but those that go on
     * about someone without naming anyone. "X said ... He added ... The minister said" still refers to X. A sentence
     * that names a person, even in a quotation, counts, since its "he" may be someone else; so does a "he" inside a
     * quotation, which is the speaker's. The distance from a mention in sentence m to a description in sentence d is
     * then {@code counted[d] - counted[m + 1] + 1}, without walking the sentences between.
     */
    private static int[] countedSentences(ParsedArticle article, Quotations quotations) {
        int n = article.sentences().size();
        boolean[] names = new boolean[n];
        for (Mention m : article.contentMentions()) {
            if (m.type().equals("PERSON") && hasProperNoun(article, m)) {
                names[m.sentence()] = true;
            }
        }
        int[] counted = new int[n + 1];
        for (int i = 0; i < n; i++) {
            boolean continuing = !names[i] && opensWithPronoun(article.sentences().get(i).tokens(), quotations, i);
            counted[i + 1] = counted[i] + (continuing ? 0 : 1);
        }
        return counted;
    }

    private static boolean opensWithPronoun(List<Token> tokens, Quotations quotations, int sentence) {
        int k = 0;
        while (k < tokens.size() && !tokens.get(k).isWord()) {
            k++;
        }
        return k + 1 < tokens.size() && Set.of("he", "she").contains(tokens.get(k).lowerWord())
                && tokens.get(k + 1).isFiniteVerb() && !quotations.inside(sentence, k);
    }

    /** Whether every mention of the candidate names the speaker of a quotation or report: "X said", "said X". */
    private static boolean quotedOnly(ParsedArticle article, Candidate c) {
        for (Mention m : c.mentions) {
            List<Token> tokens = article.sentences().get(m.sentence()).tokens();
            boolean after = m.endToken() < tokens.size() && SPEECH.contains(tokens.get(m.endToken()).lowerLemma())
                    && tokens.get(m.endToken()).isVerb();
            boolean before = m.firstToken() > 0 && SPEECH.contains(tokens.get(m.firstToken() - 1).lowerLemma())
                    && tokens.get(m.firstToken() - 1).isVerb();
            boolean according = m.firstToken() > 1 && tokens.get(m.firstToken() - 1).word().equalsIgnoreCase("to")
                    && tokens.get(m.firstToken() - 2).word().equalsIgnoreCase("according");
            if (!after && !before && !according) {
                return false;
            }
        }
        return !c.mentions.isEmpty();
    }


    /** Pronouns and common nouns tagged as people are not names. */
    private static boolean hasProperNoun(ParsedArticle article, Mention m) {
        List<Token> tokens = article.sentences().get(m.sentence()).tokens();
        for (int i = m.firstToken(); i < m.endToken(); i++) {
            if (tokens.get(i).isProperNoun() && Character.isUpperCase(tokens.get(i).word().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static Candidate findContaining(List<Candidate> people, List<String> words) {
        Candidate best = null;
        for (Candidate c : people) {
            if (c.words.containsAll(words) && (best == null || c.mentions.size() > best.mentions.size())) {
                best = c;
            }
        }
        return best;
    }

    /** A name's words, lower-case, without forms of address or punctuation ("Mr Jo Park's" -> jo, park). */
    static List<String> nameWords(String text) {
        List<String> words = new ArrayList<>();
        String[] parts = cleanName(text).toLowerCase(Locale.ROOT).split("[\\s]+");
        boolean peer = NameRepair.isPeerage(parts[0]);
        for (String w : parts) {
            // "Lord Roe of Arlen": a peer's designation after "of" is where the title is from, not part of the name
            // ("Bank of Arlen" keeps its words).
            if (peer && w.equals("of") && !words.isEmpty()) {
                break;
            }
            String t = w.replaceAll("[^\\p{L}\\p{N}'-]", "");
            if (!t.isEmpty() && !RoleReader.isHonorific(t)) {
                words.add(t);
            }
        }
        return words;
    }

    private static String cleanName(String text) {
        String t = text.strip();
        if (t.endsWith("'s") || t.endsWith("'S")) {
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("'")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip();
    }

    /**
     * "The chief executive of Acme has resigned. Jane Roe said ...": a lead whose subject describes one person
     * without naming them, and the person the next sentences name first as the subject of their clause. That person
     * is the lead's actor, and the description is their role when the text gives them no other.
     */
    private Mention describedActor(ParsedArticle article, List<Candidate> people, LeadSubject.Phrase subject) {
        if (subject == null) {
            return null;
        }
        List<Token> tokens = article.sentences().get(subject.sentence()).tokens();
        // "The chief executive of a struggling paper mill": the whole phrase up to the verb, and its head is the noun
        // before the first preposition.
        int from = subject.from();
        while (from > 0 && nounPhraseWord(tokens.get(from - 1))) {
            from--;
        }
        // "The founder and former boss of X": the first noun that names a person by office or trade is the head.
        while (from < subject.end() && tokens.get(from).pos().equals("CC")) {
            from++;
        }
        // "One of the country's best-known bankers": one member of a group, named by the group's noun.
        boolean member = from + 2 < subject.end() && tokens.get(from).word().equalsIgnoreCase("one")
                && tokens.get(from + 1).word().equalsIgnoreCase("of");
        if (member) {
            from += 2;
        }
        Token head = tokens.get(subject.head());
        for (int i = from; i < subject.end() && !tokens.get(i).pos().equals("IN"); i++) {
            if (tokens.get(i).pos().startsWith("NN")) {
                head = tokens.get(i);
                if (RoleReader.isRoleNoun(head)) {
                    break;
                }
            }
        }
        if (!(head.pos().equals("NN") || member && head.pos().equals("NNS"))) {
            return null;
        }
        // A head that does not name a person by its form ("A body language expert") still does when a person the
        // next sentences name has it in their role.
        boolean personNoun = RoleReader.isRoleNoun(head) || RoleReader.isAcronymOffice(head);
        for (int i = from; i < subject.end(); i++) {
            if (!tokens.get(i).ner().equals("O") && !tokens.get(i).ner().equals("TITLE")
                    && !RoleReader.AFFILIATION_TYPES.contains(tokens.get(i).ner())) {
                return null;
            }
        }
        // The first person the next sentences name as the subject of a clause, unless the text gives them another
        // role ("Shop owner X" after "The courier ...").
        String headWord = head.lowerLemma();
        Mention first = null;
        Candidate named = null;
        for (Candidate c : people) {
            boolean sameRole = c.role != null && c.role.title().toLowerCase(Locale.ROOT).contains(headWord);
            if (c.role != null && !sameRole || !personNoun && !sameRole) {
                continue;
            }
            for (Mention m : c.mentions) {
                boolean next = m.sentence() > subject.sentence() && m.sentence() <= subject.sentence() + DESCRIBED_REACH
                        && !article.debris().contains(m.sentence()) && (opensItsClause(article, m) || actsAsSubject(article, m));
                if (next && (first == null || m.start() < first.start())) {
                    first = m;
                    named = c;
                }
            }
        }
        if (named == null) {
            return null;
        }
        if (named.role == null) {
            named.role = roles.describing(article, subject.sentence(), from, subject.end());
        }
        return first;
    }

    /** "The leader of X", "The former finance chief at X": X says whom the described person works for. */
    private static boolean affiliationOfARole(List<Token> tokens, LeadSubject.Phrase subject, Mention m) {
        int k = m.firstToken() - 1;
        while (k >= 0 && (tokens.get(k).pos().equals("DT") || tokens.get(k).pos().startsWith("NN")
                && !RoleReader.isRoleNoun(tokens.get(k)) || tokens.get(k).pos().startsWith("JJ"))) {
            k--;
        }
        if (k < 1 || !Set.of("of", "at").contains(tokens.get(k).lowerWord())) {
            return false;
        }
        for (int i = Math.max(0, subject.from() - 6); i < k; i++) {
            if (RoleReader.isRoleNoun(tokens.get(i)) || RoleReader.isAcronymOffice(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** "... said X was arrested": a name followed by its finite verb is the subject of that clause. */
    private static boolean actsAsSubject(ParsedArticle article, Mention m) {
        List<Token> tokens = article.sentences().get(m.sentence()).tokens();
        if (m.endToken() >= tokens.size()) {
            return false;
        }
        return tokens.get(m.endToken()).isFiniteVerb();
    }

    private static boolean nounPhraseWord(Token t) {
        String pos = t.pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("POS") || pos.equals("CC")
                || pos.equals("VBG") && Character.isLowerCase(t.word().charAt(0))
                || Set.of("of", "at", "for").contains(t.lowerWord());
    }

    /** A person, organisation or country named inside the lead's subject phrase, unless it only modifies it. */
    private static Mention subjectActor(ParsedArticle article, List<Mention> mentions, LeadSubject.Phrase subject) {
        if (subject == null) {
            return null;
        }
        List<Token> tokens = article.sentences().get(subject.sentence()).tokens();
        // "Acme's chief Jane Roe" and "Roe of Acme": the person nearest the head is the subject.
        Mention person = null;
        for (Mention m : mentions) {
            if (subject.covers(m) && m.type().equals("PERSON") && hasProperNoun(article, m)
                    && (person == null || m.firstToken() <= subject.head())) {
                person = m;
            }
        }
        if (person != null) {
            return person;
        }
        for (Mention m : mentions) {
            if (!subject.covers(m) || !Set.of("ORGANIZATION", "COUNTRY").contains(m.type())) {
                continue;
            }
            // "Acme workers", "city officials": a name before the head noun is a modifier, not the actor.
            boolean modifier = m.endToken() <= subject.head() && m.endToken() < tokens.size()
                    && (tokens.get(m.endToken()).pos().startsWith("NN") || tokens.get(m.endToken()).pos().startsWith("JJ")
                    || tokens.get(m.endToken()).pos().equals("POS"))
                    || affiliationOfARole(tokens, subject, m);
            if (!modifier) {
                return m;
            }
        }
        // An appositive names an unnamed subject: "The company's owner, Acme Ltd, said ..."; a phrase after the head
        // without a comma ("The former manager at Acme said") only qualifies it.
        boolean appositive = subject.end() < tokens.size() && tokens.get(subject.end()).word().equals(",");
        for (Mention m : appositive ? mentions : List.<Mention>of()) {
            if (m.sentence() == subject.sentence() && m.firstToken() >= subject.end() && m.endToken() <= subject.verb()
                    && (m.type().equals("ORGANIZATION") || m.type().equals("PERSON") && hasProperNoun(article, m))) {
                return m;
            }
        }
        return null;
    }

    /**
     * The lead's subject as an unnamed group ("Police", "At least five people", "The driver") when it names
     * people but no one by name, and no named person appears in that sentence at all: a named person in the
     * lead is usually the actor even when a group opens the sentence.
     */
    private Candidate group(ParsedArticle article, List<Mention> mentions, LeadSubject.Phrase subject) {
        if (subject == null) {
            return null;
        }
        List<Token> tokens = article.sentences().get(subject.sentence()).tokens();
        if (!LeadSubject.denotesPeople(tokens, subject)) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.sentence() == subject.sentence() && m.type().equals("PERSON") && hasProperNoun(article, m)) {
                return null;
            }
        }
        // Capitalised words before the phrase proper are page debris glued to it ("Photo gallery Volunteers").
        int from = subject.from();
        for (int i = subject.head() - 1; i >= subject.from(); i--) {
            Token t = tokens.get(i);
            if (i > 0 && t.isProperNoun() && t.ner().equals("O") && Character.isUpperCase(t.word().charAt(0))) {
                from = i + 1;
                break;
            }
        }
        StringBuilder name = new StringBuilder();
        for (int i = from; i < subject.end(); i++) {
            String w = tokens.get(i).word();
            if (name.length() > 0 && !w.equals("'s") && !tokens.get(i).pos().equals("POS")) {
                name.append(' ');
            }
            name.append(w);
        }
        Candidate c = groupOf(name.toString(), subject.sentence(), tokens, from, subject.end());
        // The subject of the lead outranks anyone quoted or mentioned around it.
        c.salience = weights.group();
        return c;
    }

    /** An unnamed group of people as a central participant, named by its phrase, tokens [from, end) of a sentence. */
    private static Candidate groupOf(String name, int sentence, List<Token> tokens, int from, int end) {
        Candidate c = new Candidate("GROUP", name, nameWords(name));
        c.mentions.add(new Mention(name, "GROUP", sentence, from, end, tokens.get(from).start(), tokens.get(end - 1).end(),
                null));
        c.central = true;
        return c;
    }

    /** The first counted group of people ("about thirty people") in the lead and the three sentences after it, or null. */
    private static Candidate countedPeople(ParsedArticle article) {
        int lead = article.leadSentence();
        for (int si = lead; si < article.sentences().size() && si <= lead + 3; si++) {
            if (article.debris().contains(si)) {
                continue;
            }
            List<Token> tokens = article.sentences().get(si).tokens();
            int[] span = LeadSubject.countedPeople(tokens);
            if (span != null) {
                return groupOf(Token.words(tokens, span[0], span[1]), si, tokens, span[0], span[1]);
            }
        }
        return null;
    }

    /** The first entity mentioned before the lead sentence's first finite verb. */
    private static Mention leadActor(ParsedArticle article, List<Mention> mentions, int lead) {
        if (article.sentences().isEmpty()) {
            return null;
        }
        List<Token> tokens = article.sentences().get(lead).tokens();
        int verb = tokens.size();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isFiniteVerb()) {
                verb = i;
                break;
            }
        }
        for (Mention m : mentions) {
            if (m.sentence() != lead || m.endToken() > verb
                    || !Set.of("PERSON", "ORGANIZATION", "COUNTRY").contains(m.type())) {
                continue;
            }
            // "US officials": a name modifying a noun is not itself the actor.
            boolean modifier = m.endToken() < tokens.size() && !m.type().equals("PERSON")
                    && (tokens.get(m.endToken()).pos().startsWith("NN") || tokens.get(m.endToken()).pos().startsWith("JJ")
                    || tokens.get(m.endToken()).pos().equals("POS"));
            // "Lamps made in Norland cost more": a country after a verb's "in" says where, not who ("Trade in X" is X's).
            int at = m.type().equals("COUNTRY") ? VenueExtractor.locativeBefore(tokens, m.firstToken()) : -1;
            boolean where = at > 0 && tokens.get(at - 1).isVerb();
            if (!modifier && !where) {
                return m;
            }
        }
        return null;
    }

    private static Candidate institutionalActor(ParsedArticle article, List<Mention> mentions, Mention actor,
                                                boolean anyCentralPerson) {
        String name;
        String type;
        if (actor != null) {
            name = actor.text();
            type = actor.type();
        } else if (!anyCentralPerson) {
            // No person leads the story: the most frequent organisation in the title or lead acts for it.
            Map<String, Integer> counts = new LinkedHashMap<>();
            Set<String> titleWords = article.titleWords();
            for (Mention m : mentions) {
                if (m.type().equals("ORGANIZATION")) {
                    int bonus = nameWords(m.text()).stream().anyMatch(titleWords::contains) ? 3 : 0;
                    counts.merge(cleanName(m.text()), 1 + bonus, Integer::sum);
                }
            }
            name = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            type = "ORGANIZATION";
            if (name == null) {
                return null;
            }
        } else {
            return null;
        }
        String clean = cleanName(name);
        Candidate c = new Candidate(type, clean, nameWords(clean));
        for (Mention m : mentions) {
            if (m.type().equals(type) && cleanName(m.text()).equalsIgnoreCase(clean)) {
                c.mentions.add(m);
            }
        }
        return c.mentions.isEmpty() ? null : c;
    }

    private static Candidate headlineOrganisation(List<Mention> mentions, Set<String> titleWords) {
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.type().equals("ORGANIZATION")
                    && nameWords(m.text()).stream().anyMatch(w -> w.length() > 2 && titleWords.contains(w))) {
                byName.computeIfAbsent(cleanName(m.text()).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(m);
            }
        }
        List<Mention> best = byName.values().stream().max(Comparator.comparingInt(List::size)).orElse(null);
        if (best == null) {
            return null;
        }
        String name = cleanName(best.get(0).text());
        Candidate c = new Candidate("ORGANIZATION", name, nameWords(name));
        c.mentions.addAll(best);
        return c;
    }

    private void score(ParsedArticle article, Candidate c, Set<String> titleWords, int lead, Mention actor) {
        boolean inTitle = c.words.stream().anyMatch(w -> w.length() > 1 && titleWords.contains(w));
        int first = c.firstSentence();
        boolean inLead = first <= lead + 1;
        boolean acts = actor != null && c.mentions.contains(actor);
        // Headline and lead say who the story is about; frequency only breaks ties among them.
        c.salience = (inTitle ? weights.title() : 0.0) + (first == lead ? weights.leadSentence() : 0.0)
                + (inLead ? weights.nearLead() : 0.0) + (acts ? weights.actor() : 0.0)
                + Math.min(c.mentions.size(), weights.mentionCap()) + weights.earliness() / (1.0 + first - lead)
                - (!acts && first != lead && quotedOnly(article, c) ? weights.quotedOnly() : 0.0);
        c.central = inTitle || inLead || c.mentions.size() >= 2;
        // Prefer the fullest form seen as the display name: most name words ("Ann Roe" over "Lady Roe of Arlen"),
        // then most words.
        for (Mention m : c.mentions) {
            String clean = cleanName(m.text());
            int byName = Integer.compare(nameWords(clean).size(), nameWords(c.name).size());
            if (byName > 0 || byName == 0 && clean.split("\\s+").length > c.name.split("\\s+").length) {
                c.name = clean;
            }
        }
        if (c.words.isEmpty()) {
            c.words = Arrays.asList(c.name.toLowerCase(Locale.ROOT).split("\\s+"));
        }
    }
}
