package dev.news.summary.engine.facts;

import dev.news.summary.engine.text.Mention;
import dev.news.summary.engine.text.ParsedArticle;
import dev.news.summary.engine.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a person's role from the shape of the noun phrase around a mention of the name, not from a list of job
 * words: the nouns written before the name ("Italian Prime Minister X", "aid worker X", "Acme's lawyer X", shared by
 * a list: "Greek sprinters X and Y"), an apposition after or before it ("X, the chairman of Acme," / "Acme's director
 * for Europe, X."), a relative or plain copula ("X, who is now deputy leader"), "as" after the name's verb ("X was
 * appointed as manager"), and, for people the text names without a role, a later definite description that refers
 * back to them ("... the minister said").
 */
final class RoleReader {

    /** Longest role phrase read, in tokens; longer spans are clauses, not roles. */
    private static final int MAX_ROLE_TOKENS = 9;
    /**
     * How many sentences back a definite description ("the minister") may refer, not counting sentences that only go
     * on about the person without naming anyone ("He added ...").
     */
    private static final int DESCRIPTION_REACH = 2;
    static final Set<String> AFFILIATION_TYPES = Set.of("NATIONALITY", "COUNTRY", "ORGANIZATION",
            "STATE_OR_PROVINCE", "CITY");
    private static final Set<String> TIME = Set.of("DATE", "TIME", "DURATION");
    /** Nouns of time, which the recogniser leaves untagged in "Last year, X ...": they never head a role. */
    private static final Set<String> TIME_NOUNS = Set.of("year", "month", "week", "day", "night", "morning",
            "afternoon", "evening", "weekend", "season", "time", "decade", "century", "hour", "minute");
    private static final Set<String> PLACE_OR_TIME = Set.of("CITY", "COUNTRY", "STATE_OR_PROVINCE", "LOCATION", "DATE",
            "TIME", "DURATION", "NUMBER", "ORDINAL", "MONEY", "PERCENT");
    /** Forms of address written before a name; they are part of how a name is written, not a role. */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord",
            "lady", "prof", "professor", "baroness", "baron", "rev", "revd");
    /** Orders and decorations written after a name: what the person was awarded, not an office. */
    private static final Set<String> HONOURS = Set.of("OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "BEM");
    /** Participles that open the name of an office ("acting chief", "outgoing president"), not a clause. */
    private static final Set<String> OFFICE_PARTICIPLES = Set.of("acting", "managing", "outgoing", "incoming",
            "presiding", "reigning", "serving", "retiring");
    /** Verbs whose "as" names a part played or a picture drawn: "starred as the ferryman", "painted him as weak". */
    private static final Set<String> ACTING = Set.of("star", "co-star", "cast", "portray", "recast", "paint");
    /** Forms of address that name an academic rank. */
    private static final Set<String> ACADEMIC = Set.of("professor", "prof");
    /** Verbs that report what someone said or thinks: the verbs of a described speaker ("..., a minister has said"). */
    static final Set<String> REPORTING = Set.of("say", "tell", "add", "explain", "claim", "state", "insist", "warn",
            "comment", "note", "write", "argue", "suggest", "admit", "reply", "ask", "believe", "predict", "urge",
            "reveal", "announce", "confirm", "deny", "think", "describe", "report", "accuse", "criticise", "criticize",
            "welcome", "call", "question", "acknowledge", "concede", "estimate", "forecast");
    /** Describers of a speaker who is seldom named afterwards: the one named next is usually someone else. */
    private static final List<String> UNNAMED_SPEAKERS = List.of("spokes", "source");
    /** Nouns that say only that someone is a person, of an age or a sex: never a role. */
    private static final Set<String> BARE_PERSON = Set.of("man", "woman", "person", "people", "boy", "girl", "child",
            "baby", "teenager", "adult", "lady", "gentleman", "guy", "individual", "human", "youngster", "youth");
    private static final Set<String> INDEFINITE = Set.of("something", "anything", "nothing", "everything", "someone",
            "anyone", "everyone", "somebody", "anybody", "everybody", "one");
    /** Endings of nouns that name a person by what they do (singer, director, economist, historian, assistant, chauffeur). */
    private static final List<String> AGENTIVE = List.of("er", "or", "ist", "ian", "ant", "man", "woman", "eur");

    /** The role stated next to this mention of a person, or null. */
    Role near(ParsedArticle article, Mention m) {
        List<Token> tokens = article.sentences().get(m.sentence()).tokens();
        int[] span = before(tokens, m.firstToken());
        // "X MP, Labour's chief whip, said", "..., X QC warned": an office in capitals right after the name, and then
        // what the text says of the person.
        int end = m.endToken();
        // An honour ("X OBE") is no office, nor are capitals before a preposition or a figure ("X NOR in 10.02").
        boolean officeAfter = end < tokens.size() && isAcronymOffice(tokens.get(end))
                && !HONOURS.contains(tokens.get(end).word())
                && !(end + 1 < tokens.size() && (tokens.get(end + 1).pos().equals("IN") || tokens.get(end + 1).pos().equals("CD")));
        if (officeAfter) {
            end++;
        }
        if (span == null) {
            span = appositionAfter(tokens, m.firstToken(), end);
        }
        boolean shared = false;
        if (span == null) {
            span = sharedAcrossList(article, m, tokens);
            shared = span != null;
        }
        if (span == null) {
            span = appositionBefore(tokens, m.firstToken(), end);
        }
        if (span == null) {
            span = copulaOrAs(tokens, m.firstToken(), end);
        }
        if (span == null) {
            span = exampleOf(article, m, tokens);
            shared = span != null;
        }
        if (span == null) {
            span = possessedAs(tokens, m.endToken());
        }
        if (span == null && officeAfter) {
            span = new int[] {end - 1, end};
        }
        if (span == null) {
            return null;
        }
        Role role = role(tokens, span[0], span[1], m.sentence());
        return shared ? role.asShared() : role;
    }

    /**
     * A definite description opening a clause ("The minister said", "the 73-year-old former chairman sealed") names,
     * without a name, someone the text has just mentioned. Returns the role and the index of the sentence it refers
     * back from, or null.
     */
    Role description(ParsedArticle article, int sentence, int from) {
        return describedSubject(article, sentence, from, Set.of("the"), false, from + 1, false);
    }

    /**
     * An indefinite description opening a clause ("..., a harbour official has said"): someone the text has not named
     * yet, so it never refers back; the lead may name them in the next sentences. Returns the role or null.
     */
    Role introduction(ParsedArticle article, int sentence, int from) {
        return describedSubject(article, sentence, from, Set.of("a", "an"), false, from + 1, true);
    }

    /**
     * Whether the description whose head is {@code head} is the subject of the reporting verb at or after {@code verb}
     * ("has said", "had told", "will warn") and not a spokesperson or a source.
     */
    private static boolean describesSpeaker(List<Token> tokens, int head, int verb) {
        int k = verb;
        while (k + 1 < tokens.size() && Set.of("have", "will", "would", "be").contains(tokens.get(k).lowerLemma())
                && tokens.get(k + 1).isVerb()) {
            k++;
        }
        String noun = tokens.get(head).lowerLemma();
        return k < tokens.size() && tokens.get(k).isVerb() && REPORTING.contains(tokens.get(k).lowerLemma())
                && UNNAMED_SPEAKERS.stream().noneMatch(noun::startsWith);
    }


    /**
     * A definite description of the lead's speaker whose head names a person without an agentive ending ("..., the
     * firm's chief has said"): it can only be matched with a name that follows, never with one before.
     */
    Role personDescription(ParsedArticle article, int sentence, int from) {
        List<Token> tokens = article.sentences().get(sentence).tokens();
        if (ownerOpens(tokens, from)) {
            // "..., Acme's chief has said": the organisation's possessive stands for the article and stays in the role.
            return describedSubject(article, sentence, from, Set.of(tokens.get(from).lowerWord()), true, from, true);
        }
        return describedSubject(article, sentence, from, Set.of("the"), true, from + 1, true);
    }

    /** Whether an organisation's name opens at {@code from} and ends in a possessive ("Acme Group's"). */
    private static boolean ownerOpens(List<Token> tokens, int from) {
        if (!tokens.get(from).ner().equals("ORGANIZATION") || from > 0 && tokens.get(from - 1).ner().equals("ORGANIZATION")) {
            return false;
        }
        int k = from;
        while (k < tokens.size() && tokens.get(k).ner().equals("ORGANIZATION")) {
            k++;
        }
        return k < tokens.size() && isPossessive(tokens.get(k));
    }

    /**
     * An indefinite description as a verb's object ("the party has suspended a council candidate over ..."): someone
     * new, whom the next sentence may name. Returns the role or null.
     */
    Role introducedObject(ParsedArticle article, int sentence, int from) {
        List<Token> tokens = article.sentences().get(sentence).tokens();
        if (from == 0 || !tokens.get(from - 1).isVerb() || !Set.of("a", "an").contains(tokens.get(from).lowerWord())) {
            return null;
        }
        int k = from + 1;
        while (k < tokens.size() && k - from <= MAX_ROLE_TOKENS && inNounPhrase(tokens.get(k))
                && !isPossessive(tokens.get(k))) {
            if (tokens.get(k).ner().equals("PERSON")) {
                return null;
            }
            k++;
        }
        // "a council leader's aide": the person introduced is the one owned, whose noun comes after the owner;
        // "Police said a driver had died": a phrase followed by its own verb is a reported clause's subject.
        if (k < tokens.size() && (isPossessive(tokens.get(k)) || tokens.get(k).isFiniteVerb())) {
            return null;
        }
        int head = k - 1;
        if (head <= from || !isRoleNoun(tokens.get(head)) || !tokens.get(head).pos().equals("NN")) {
            return null;
        }
        return role(tokens, from + 1, k, sentence);
    }


    /**
     * The description opening at {@code from} as the subject of a verb; its role starts at {@code roleStart}, after the
     * determiner or at it; {@code speaker} when the verb must report speech.
     */
    private Role describedSubject(ParsedArticle article, int sentence, int from, Set<String> determiners,
                                  boolean anyPersonNoun, int roleStart, boolean speaker) {
        List<Token> tokens = article.sentences().get(sentence).tokens();
        Token determiner = tokens.get(from);
        if (!determiners.contains(determiner.lowerWord())
                || from > 0 && !opensClause(tokens.get(from - 1))) {
            return null;
        }
        int k = from + 1;
        int head = -1;
        boolean joinedNouns = false;
        while (k < tokens.size() && k - from <= MAX_ROLE_TOKENS && (inNounPhrase(tokens.get(k)) || joinsTitleWords(tokens, k))) {
            if (tokens.get(k).ner().equals("PERSON")) {
                return null;
            }
            joinedNouns |= tokens.get(k).word().equals("and") && !tokens.get(k + 1).isCapitalised();
            if (isRoleNoun(tokens.get(k)) || anyPersonNoun && namesPersonByPlace(tokens.get(k))) {
                head = k;
            }
            k++;
        }
        // The head must end the phrase, be singular, and the phrase must be the subject of a verb.
        if (head < 0 || head != k - 1 || tokens.get(head).pos().equals("NNS") || k >= tokens.size()
                || !tokens.get(k).isFiniteVerb()) {
            return null;
        }
        // "the culture and tourism secretary has said" is one office; "The driver and passenger were hurt" two people.
        if (joinedNouns && !tokens.get(head).ner().equals("TITLE") || speaker && !describesSpeaker(tokens, head, k)) {
            return null;
        }
        return role(tokens, roleStart, k, sentence);
    }

    /** The role a subject phrase describes ("The chief executive of Acme"), without its determiners. */
    Role describing(ParsedArticle article, int sentence, int from, int end) {
        List<Token> tokens = article.sentences().get(sentence).tokens();
        while (from < end && (tokens.get(from).pos().equals("DT") || tokens.get(from).pos().equals("PRP$"))) {
            from++;
        }
        return from < end ? role(tokens, from, end, sentence) : null;
    }

    /**
     * "He is a lecturer at Arlen College": a sentence that opens with "he" or "she" and a copula, whose predicate (or
     * that of a copula joined to it by "and") has an office or trade for its head; the role, or null. Whom the pronoun means is for the caller to say.
     */
    Role pronounCopula(ParsedArticle article, int sentence) {
        List<Token> tokens = article.sentences().get(sentence).tokens();
        if (tokens.size() < 3 || !Set.of("he", "she").contains(tokens.get(0).lowerWord())) {
            return null;
        }
        int[] span = copula(tokens, 1);
        // "He is a fellow at Arlen College and became a professor in 2003": a second predicate of the same subject.
        for (int k = 2; span == null && predicateNoun(tokens, 1) != null && k + 1 < tokens.size(); k++) {
            if (tokens.get(k).word().equals("and") && predicateNoun(tokens, k + 1) != null) {
                span = copula(tokens, k + 1);
                break;
            }
            if (tokens.get(k).isFiniteVerb()) {
                break;
            }
        }
        return span == null ? null : role(tokens, span[0], span[1], sentence);
    }

    /** Maximum sentences between a person's last mention and a description that refers to them, as {@link #DESCRIPTION_REACH} counts them. */
    int descriptionReach() {
        return DESCRIPTION_REACH;
    }

    /** "Italian Prime Minister X", "aid worker X", "Acme's lawyer X": the noun run that ends right before the name. */
    private static int[] before(List<Token> tokens, int first) {
        int k = first - 1;
        boolean addressed = false;
        // "Professor X": the one form of address that is also what the person does, kept when nothing else is said.
        int[] rank = null;
        // "says Prof X" where the recogniser took the form of address into the name.
        if (first + 1 < tokens.size() && isAcademic(tokens.get(first)) && tokens.get(first + 1).ner().equals("PERSON")) {
            rank = new int[] {first, first + 1};
        }
        while (k >= 0 && isHonorific(tokens.get(k).word())) {
            if (isAcademic(tokens.get(k))) {
                rank = new int[] {k, k + 1};
            }
            first = k;
            k--;
            addressed = true;
        }
        if (k < 0) {
            return rank;
        }
        // "(sporting director) X": a role in brackets right before the name.
        if (tokens.get(k).word().equals(")") || tokens.get(k).word().equals("-RRB-")) {
            return bracketed(tokens, k);
        }
        // "chief executive Ann Roe" where the recogniser took only "Roe" for the name: an untagged capitalised word
        // between a role and the name is the rest of the name.
        if (k > 0 && tokens.get(k).isProperNoun() && tokens.get(k).ner().equals("O")
                && Character.isUpperCase(tokens.get(k).word().charAt(0)) && !isAcronymOffice(tokens.get(k))
                && isRoleNoun(tokens.get(k - 1))) {
            first = k;
            k--;
        }
        Token head = tokens.get(k);
        // "before his arrest Mr X": a role is seldom written before a form of address, so only an office, or a noun
        // naming a person after another noun, counts there ("ballet impresario Sir X"; "told police Mr X ...").
        boolean compound = namesPersonByPlace(head) && k > 0 && tokens.get(k - 1).pos().startsWith("NN");
        if (addressed && !isRoleNoun(head) && !isAcronymOffice(head) && !compound) {
            return rank;
        }
        boolean sentenceInitialLabel = k == 0 && head.isProperNoun() && head.ner().equals("O");
        // "US Treasury Under-Secretary X": an untagged capitalised word between an institution and a name.
        boolean officeOfInstitution = k > 0 && head.isProperNoun() && head.ner().equals("O")
                && AFFILIATION_TYPES.contains(tokens.get(k - 1).ner());
        if (!(isCommonNoun(head) || head.ner().equals("TITLE") || isAcronymOffice(head) || sentenceInitialLabel
                || officeOfInstitution || nominalAdjective(tokens, k) || officeOfNamedBody(tokens, k)
                || nounTaggedAsVerb(tokens, k))) {
            return rank;
        }
        // "Last year X", "On Sunday night X": a time before the name opens the clause.
        if (TIME.contains(head.ner()) || namesTime(head)) {
            return rank;
        }
        // "back to face X", "went on to beat X": a lone lower-case word after "to" is the infinitive's verb, which the
        // tagger took for a noun, unless it names a person ("indebted to skipper X"); "passed to centre X" is a
        // preposition's object.
        if (k > 0 && tokens.get(k - 1).word().equalsIgnoreCase("to") && head.ner().equals("O") && !head.isCapitalised()
                && !isPersonNoun(head) && (tokens.get(k - 1).pos().equals("TO")
                || k > 1 && Set.of("RB", "RP", "JJ").contains(tokens.get(k - 2).pos()))) {
            return rank;
        }
        int start = k;
        // "Bank of Arlen governor X": "of" inside an organisation's name; in "On Friday Norland's fisheries minister X"
        // a time word opens no role.
        while (start - 1 >= 0 && first - (start - 1) <= MAX_ROLE_TOKENS && !tokens.get(start - 1).ner().equals("PERSON")
                && !TIME.contains(tokens.get(start - 1).ner())
                && (inNounPhrase(tokens.get(start - 1)) || insideTitle(tokens, start - 1)
                || insideOrganisation(tokens, start - 1) || opensOrganisation(tokens, start - 1))) {
            start--;
        }
        // "Lawyers representing former harbour master X": a person's noun and a participle open a clause whose object
        // is the name; the role is what follows the participle.
        for (int p = first - 1; p > start; p--) {
            if (isParticiple(tokens.get(p)) && isPersonNoun(tokens.get(p - 1))
                    && (opensClauseAfter(tokens, p + 1) || tokens.get(p + 1).pos().startsWith("JJ"))) {
                start = p + 1;
                break;
            }
        }
        // An owner's possessive marker with its owner cut off ("X' lawyer") starts nothing.
        while (start < first && (isPossessive(tokens.get(start)) || isParticiple(tokens.get(start)))) {
            start++;
        }
        if (start >= first) {
            return null;
        }
        return objectBeforeClause(tokens, start, k, first) ? rank : new int[] {start, first};
    }

    /**
     * "the pace X's crew keeps", "the fishing quota X has kept", "complaints X made", "under the deal X, ...": the
     * noun before the name is not the person's role but the object of a clause whose subject, or owner, the name is, or
     * of a preposition, when that noun names a thing (the animacy lists) in a lower-case phrase after a determiner with
     * no owner, office or person's noun in it, or is plural where the name stands alone.
     */
    private static boolean objectBeforeClause(List<Token> tokens, int start, int head, int first) {
        Token noun = tokens.get(head);
        if (!isCommonNoun(noun) || isPersonNoun(noun)) {
            return false;
        }
        int end = first;
        while (end < tokens.size() && tokens.get(end).ner().equals("PERSON")) {
            end++;
        }
        Token next = end < tokens.size() ? tokens.get(end) : null;
        if (noun.pos().equals("NNS")) {
            // "Greek sprinters X and Y" share the plural; a plural before one name is something else's.
            return next == null || !(next.word().equals(",") || next.word().equalsIgnoreCase("and"));
        }
        // "the party's chair X", "the deputy chair X": an owner, an office or a person's noun makes it a role.
        for (int i = start; i <= head; i++) {
            Token t = tokens.get(i);
            if (t.isCapitalised() || isPossessive(t) || isPersonNoun(t)) {
                return false;
            }
        }
        if (start == 0 || !Set.of("the", "a", "an", "every", "this", "that").contains(tokens.get(start - 1).lowerWord())
                || !Animacy.namesThing(noun.lowerLemma())) {
            return false;
        }
        // "Under the deal X, ...": after a preposition that opens the sentence, the thing is the preposition's object,
        // whatever follows the name; "directed by the ... star X" is mid-sentence.
        boolean afterPreposition = start > 1 && tokens.get(start - 2).pos().equals("IN")
                && (start == 2 || opensClause(tokens.get(start - 3)));
        return afterPreposition || next != null && (next.isFiniteVerb() || isPossessive(next));
    }

    /** The noun phrase between brackets that end at {@code close}, when it has a role's head. */
    private static int[] bracketed(List<Token> tokens, int close) {
        int open = close - 1;
        while (open >= 0 && close - open <= MAX_ROLE_TOKENS && inNounPhrase(tokens.get(open))) {
            open--;
        }
        if (open < 0 || !(tokens.get(open).word().equals("(") || tokens.get(open).word().equals("-LRB-"))
                || open + 1 == close) {
            return null;
        }
        int[] span = {open + 1, close};
        return hasOfficeHead(tokens, span) ? span : null;
    }

    /** "Greek sprinters X and Y": Y shares the role written before the first name of the list. */
    private static int[] sharedAcrossList(ParsedArticle article, Mention m, List<Token> tokens) {
        int k = m.firstToken() - 1;
        if (k < 1 || !(tokens.get(k).word().equals(",") || tokens.get(k).word().equalsIgnoreCase("and"))) {
            return null;
        }
        // A possessor ("Y's lawyer") is not a member of the list before it; nor is a name with its own form of
        // address ("Chairman X and Mr Y"): the title before the list was written for X.
        if (m.endToken() < tokens.size() && isPossessive(tokens.get(m.endToken()))
                || isHonorific(tokens.get(m.firstToken()).word())) {
            return null;
        }
        // "X, Y and Z": a comma joins names only inside a list that goes on to "and".
        if (tokens.get(k).word().equals(",") && !(m.endToken() < tokens.size()
                && (tokens.get(m.endToken()).word().equals(",") || tokens.get(m.endToken()).word().equalsIgnoreCase("and")))) {
            return null;
        }
        for (Mention other : article.mentions()) {
            if (other.sentence() == m.sentence() && other.type().equals("PERSON") && other.endToken() == k) {
                int[] span = before(tokens, other.firstToken());
                if (span == null && other.firstToken() > 0) {
                    return sharedAcrossList(article, other, tokens);
                }
                return span;
            }
        }
        return null;
    }

    /**
     * "Drivers including X and Y", "potters such as X, Y and Z": each name of the list after "including" or "such as"
     * is one of the plural role noun before it.
     */
    private static int[] exampleOf(ParsedArticle article, Mention m, List<Token> tokens) {
        int k = m.firstToken() - 1;
        // Back over the list's earlier names and their commas and "and".
        while (k >= 0 && (tokens.get(k).word().equals(",") || tokens.get(k).word().equalsIgnoreCase("and")
                || tokens.get(k).ner().equals("PERSON") || isHonorific(tokens.get(k).word()))) {
            k--;
        }
        int head;
        if (k >= 1 && tokens.get(k).word().equalsIgnoreCase("including")) {
            head = k - 1;
        } else if (k >= 2 && tokens.get(k).word().equalsIgnoreCase("as") && tokens.get(k - 1).word().equalsIgnoreCase("such")) {
            head = k - 2;
        } else {
            return null;
        }
        if (head < 0 || !tokens.get(head).pos().equals("NNS") || !isPersonNoun(tokens.get(head))) {
            return null;
        }
        int start = head;
        while (start - 1 >= 0 && head - (start - 1) < MAX_ROLE_TOKENS && inNounPhrase(tokens.get(start - 1))
                && !tokens.get(start - 1).ner().equals("PERSON")) {
            start--;
        }
        // "featuring artists including X": the participle belongs to the clause, not to the role.
        while (start < head && isParticiple(tokens.get(start))) {
            start++;
        }
        return new int[] {start, head + 1};
    }

    /** "X, the chairman of Acme," / "X, 63, a teacher" / "X, who is now deputy leader". */
    private static int[] appositionAfter(List<Token> tokens, int first, int end) {
        int k = end;
        if (k < tokens.size() && tokens.get(k).word().equalsIgnoreCase("who")) {
            return predicateNoun(tokens, k + 1);
        }
        // "X - a former harbour master - said": a dash sets off an apposition as a comma does.
        if (k >= tokens.size() || !(tokens.get(k).word().equals(",") || isDash(tokens.get(k)))) {
            return null;
        }
        boolean dashed = isDash(tokens.get(k));
        k++;
        // An age between commas ("X, 63, a teacher").
        if (k + 1 < tokens.size() && tokens.get(k).pos().equals("CD") && tokens.get(k + 1).word().equals(",")) {
            k += 2;
        }
        // "X, who is ...": a relative clause about a person; "which" or "that" would be about a thing.
        if (k < tokens.size() && tokens.get(k).word().equalsIgnoreCase("who")) {
            int[] predicate = predicateNoun(tokens, k + 1);
            return dashed && predicate != null ? withinDashes(tokens, predicate) : predicate;
        }
        while (k < tokens.size() && tokens.get(k).pos().startsWith("RB")) {
            k++;
        }
        int[] span = nounPhrase(tokens, k, true);
        if (dashed && span != null) {
            span = withinDashes(tokens, span);
        }
        if (span == null || opensItsClause(tokens, first) || span[1] >= tokens.size()
                || !singularVerb(tokens.get(span[1]))) {
            return span;
        }
        // After a name that does not open its clause, a phrase followed by its own verb is that verb's subject:
        // "Painted by X, the mural was ..." names no person; in "... went to X, the family's lawyer says." the verb
        // reports and ends the sentence. When the name opens the clause, "X, an analyst at Y said" has lost a comma.
        int verb = span[1];
        boolean person = hasPersonNoun(tokens, span[0], verb);
        boolean closingSpeaker = REPORTING.contains(tokens.get(verb).lowerLemma())
                && (verb + 1 == tokens.size() || Set.of(".", "!", "?", "\"", "''").contains(tokens.get(verb + 1).word()));
        return person && !closingSpeaker ? span : null;
    }

    /**
     * The noun phrase after a finite form of "be" and any adverbs ("who is now deputy leader", "who was head of the
     * team": any noun phrase there states what they are), or null; "is urging",
     * "was appointed" are verb forms, not a predicate noun.
     */
    private static int[] predicateNoun(List<Token> tokens, int k) {
        if (k >= tokens.size() || !Set.of("be", "become").contains(tokens.get(k).lowerLemma())
                || !tokens.get(k).isFiniteVerb()) {
            return null;
        }
        k++;
        while (k < tokens.size() && tokens.get(k).pos().startsWith("RB")) {
            k++;
        }
        return k < tokens.size() && !isParticiple(tokens.get(k)) ? nounPhrase(tokens, k, false) : null;
    }

    /** "Acme's director general for Europe, X." : a role phrase set off before a name that ends the clause. */
    private static int[] appositionBefore(List<Token> tokens, int first, int end) {
        // "..., the Bishop of Arlen, the Rt Rev X, said": forms of address, and "the" before them, belong to the name.
        while (first > 0 && (isHonorific(tokens.get(first - 1).word()) || tokens.get(first - 1).word().equals("Rt"))) {
            first--;
        }
        if (first > 0 && tokens.get(first - 1).word().equalsIgnoreCase("the") && first < end
                && (isHonorific(tokens.get(first).word()) || tokens.get(first).word().equals("Rt"))) {
            first--;
        }
        if (first < 2 || !tokens.get(first - 1).word().equals(",")) {
            return null;
        }
        // "..., X of Acme, said": the name's own organisation may follow it.
        int after = end;
        if (after + 1 < tokens.size() && Set.of("of", "from").contains(tokens.get(after).lowerWord())
                && tokens.get(after + 1).ner().equals("ORGANIZATION")) {
            after++;
            while (after < tokens.size() && (tokens.get(after).ner().equals("ORGANIZATION")
                    || tokens.get(after).word().equals("and") && after + 1 < tokens.size()
                    && tokens.get(after + 1).ner().equals("ORGANIZATION"))) {
                after++;
            }
        }
        boolean endsClause = after >= tokens.size() || Set.of(".", ",", ";", ")", "!", "?").contains(tokens.get(after).word());
        int stop = first - 1;
        int start = stop;
        while (start - 1 >= 0 && stop - (start - 1) <= MAX_ROLE_TOKENS
                && (inNounPhrase(tokens.get(start - 1)) || isLinkingPreposition(tokens.get(start - 1))
                || isGroupOf(tokens, start - 1) || tokens.get(start - 1).pos().equals("DT") && start - 2 >= 0
                && (isLinkingPreposition(tokens.get(start - 2)) || isGroupOf(tokens, start - 2)))
                && !tokens.get(start - 1).ner().equals("PERSON")) {
            start--;
            // "one of the firm's lawyers" is the whole phrase: what stands before "one" is another.
            if (tokens.get(start).word().equalsIgnoreCase("one") && isGroupOf(tokens, start)) {
                break;
            }
        }
        // "Once a junior clerk at the port, X now runs it": a phrase that opens the sentence describes the subject after
        // it.
        boolean opensSentence = opensSentence(tokens, start);
        int verb = after;
        while (verb < tokens.size() && tokens.get(verb).pos().startsWith("RB")) {
            verb++;
        }
        if (!endsClause && !(opensSentence && verb < tokens.size() && tokens.get(verb).isFiniteVerb())) {
            return null;
        }
        while (start < stop && (isLinkingPreposition(tokens.get(start)) || isPossessive(tokens.get(start))
                || isGroupOf(tokens, start) || tokens.get(start).pos().equals("DT"))) {
            start++;
        }
        // "the reopening of the pier, X": a phrase that runs on through "of the" must name a person somewhere.
        if (!hasPersonNoun(tokens, start, stop)) {
            for (int d = stop - 1; d > start; d--) {
                if (tokens.get(d).pos().equals("DT")) {
                    start = d + 1;
                    break;
                }
            }
        }
        // "a statue of the town's first doctor, X": when only the nouns after "of" name a person, they are the role.
        for (int p = start; p < stop; p++) {
            if (isLinkingPreposition(tokens.get(p))) {
                if (!hasPersonNoun(tokens, start, p) && hasPersonNoun(tokens, p + 1, stop)) {
                    start = p + 1;
                    while (start < stop && (tokens.get(start).pos().equals("DT") || isPossessive(tokens.get(start)))) {
                        start++;
                    }
                }
                break;
            }
        }
        // "the Ida Moe biopic, X": after another name, only a person's noun is a role ("the Moe aide, X"); "In a
        // statement, X said": after a preposition that opens the phrase, nor is anything else.
        int opener = start - 1;
        while (opener >= 0 && (tokens.get(opener).pos().equals("DT") || tokens.get(opener).pos().equals("PRP$")
                || tokens.get(opener).pos().startsWith("JJ"))) {
            opener--;
        }
        boolean afterName = start > 0 && tokens.get(start - 1).ner().equals("PERSON");
        boolean afterPreposition = opener >= 0 && (tokens.get(opener).pos().equals("IN") || tokens.get(opener).pos().equals("TO"));
        if ((afterName || afterPreposition) && !hasPersonNoun(tokens, start, stop)) {
            return null;
        }
        // The phrase must be a role, not a place or a time set before the name ("In London, X").
        int[] span = {start, stop};
        return start < stop && (hasRoleHead(tokens, start, stop) || nominalAdjective(tokens, stop - 1)) ? span : null;
    }

    private static boolean hasPersonNoun(List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isPersonNoun(tokens.get(i)) || isAcronymOffice(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** "one of": the words that make a group's noun the role of one of its members. */
    private static boolean isGroupOf(List<Token> tokens, int k) {
        String w = tokens.get(k).lowerWord();
        return w.equals("one") && k + 1 < tokens.size() && tokens.get(k + 1).word().equalsIgnoreCase("of")
                || w.equals("of") && k > 0 && tokens.get(k - 1).word().equalsIgnoreCase("one");
    }

    /** Whether only adverbs ("Formerly") stand between the sentence's start and token {@code k}. */
    private static boolean opensSentence(List<Token> tokens, int k) {
        for (int i = 0; i < k; i++) {
            if (!tokens.get(i).pos().startsWith("RB") && tokens.get(i).isWord()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Irish international X", "media chief X", "union official X": a lower-case word the tagger read as an adjective,
     * standing as the noun of a phrase after a nationality, a country or another noun, or naming a person.
     */
    private static boolean nominalAdjective(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (k == 0 || !t.pos().equals("JJ") || !Character.isLowerCase(t.word().charAt(0))) {
            return false;
        }
        Token before = tokens.get(k - 1);
        // "Agency (AB) chief X", "her rival X": a word the animacy lists know as a person is a noun where no determiner
        // or adverb makes it an adjective ("the elderly X", "Now elderly, X"), unless its ending makes it a
        // participle's adjective ("talented X").
        boolean modified = before.pos().equals("DT") || before.pos().startsWith("RB");
        return before.ner().equals("NATIONALITY") || before.ner().equals("COUNTRY") || before.pos().startsWith("NN")
                || !modified && Animacy.namesPerson(t.lowerWord()) && !t.lowerWord().endsWith("ed");
    }

    /** "X is a teacher", "X was appointed as manager": a role predicated of the name that opens the clause. */
    private static int[] copulaOrAs(List<Token> tokens, int first, int end) {
        int[] predicate = copula(tokens, end);
        if (predicate != null) {
            return predicate;
        }
        // "Acme replaced X as chief executive", "named X as its envoy": the object of a verb, and its office.
        if (first > 0 && tokens.get(first - 1).isVerb() && end < tokens.size() && tokens.get(end).word().equalsIgnoreCase("as")) {
            int[] span = nounPhrase(tokens, end + 1, false);
            // "starred X as a sailor stranded by a storm": only a finite verb makes the phrase a clause's subject.
            boolean clause = span != null && span[1] < tokens.size() && tokens.get(span[1]).isFiniteVerb();
            return span != null && !clause && hasOfficeHead(tokens, span) ? span : null;
        }
        int k = end;
        boolean verbSeen = false;
        // Only the name's own clause: up to its first comma or full stop.
        for (int guard = 0; k < tokens.size() && guard < 8; k++, guard++) {
            Token t = tokens.get(k);
            if (t.word().equals(",") || t.word().equals(".")) {
                return null;
            }
            if (t.isVerb()) {
                verbSeen = true;
            }
            if (t.word().equalsIgnoreCase("as") && verbSeen) {
                // "starred as the ferryman", "was cast as a spy", "painted himself as an outsider": a part played.
                int v = k > 1 && tokens.get(k - 1).pos().equals("PRP") ? k - 2 : k - 1;
                if (v >= 0 && tokens.get(v).isVerb() && ACTING.contains(tokens.get(v).lowerLemma())) {
                    return null;
                }
                int[] span = nounPhrase(tokens, k + 1, false);
                // "as the company struggled" and "watched as the officer leading the raid opened fire" are clauses, not
                // roles; "described the win as the highlight" is the object's description, not the subject's role.
                boolean clause = span != null && span[1] < tokens.size() && tokens.get(span[1]).isVerb();
                return span != null && !clause && !objectBetween(tokens, end, k) && hasOfficeHead(tokens, span) ? span : null;
            }
            if (isCommonNoun(t) && verbSeen) {
                return null;
            }
        }
        return null;
    }

    /** "X's appointment as chief executive", "X's time as manager": the office the name's noun phrase names. */
    private static int[] possessedAs(List<Token> tokens, int end) {
        int k = end;
        if (k + 2 >= tokens.size() || !isPossessive(tokens.get(k)) || !tokens.get(k + 1).pos().equals("NN")
                || !tokens.get(k + 2).word().equalsIgnoreCase("as")) {
            return null;
        }
        int[] span = nounPhrase(tokens, k + 3, false);
        return span != null && hasOfficeHead(tokens, span) ? span : null;
    }

    /** "is (now) (a) deputy leader": a form of "be", then a role phrase whose head names a person. */
    private static int[] copula(List<Token> tokens, int k) {
        int[] span = predicateNoun(tokens, k);
        // Predicates such as "an enthusiastic proponent of talks" describe; a role's head names an office or trade.
        return span != null && hasOfficeHead(tokens, span) ? span : null;
    }

    private static boolean hasOfficeHead(List<Token> tokens, int[] span) {
        for (int i = span[0]; i < span[1]; i++) {
            if (isRoleNoun(tokens.get(i)) || isAcronymOffice(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** A noun other than a person's name between the name and "as": the verb has an object of its own. */
    private static boolean objectBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.pos().startsWith("NN") && !t.ner().equals("PERSON")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Minister of Harbours X", "Warden of the Northern Marches X", "general secretary of the harbour workers' union
     * Norrlink X": the name ends an office's "of" complement, capitalised words (with "the", and up to three words
     * saying what kind of body it is) after an office the recogniser tagged, within the longest role.
     */
    private static boolean officeOfNamedBody(List<Token> tokens, int k) {
        int j = k;
        while (j >= 0 && tokens.get(j).isProperNoun() && tokens.get(j).isCapitalised()
                && !tokens.get(j).ner().equals("PERSON")) {
            j--;
        }
        if (j == k) {
            return false;
        }
        // "general secretary of the dockers' union Norrlink X": the body's kind may stand before its name.
        int words = 0;
        while (j >= 0 && words < 3 && !tokens.get(j).isCapitalised()
                && (isCommonNoun(tokens.get(j)) || tokens.get(j).pos().startsWith("JJ") || isPossessive(tokens.get(j)))) {
            words += isPossessive(tokens.get(j)) ? 0 : 1;
            j--;
        }
        if (j >= 0 && tokens.get(j).word().equalsIgnoreCase("the")) {
            j--;
        }
        return j >= 1 && tokens.get(j).word().equals("of") && tokens.get(j - 1).ner().equals("TITLE")
                && k - (j - 1) < MAX_ROLE_TOKENS;
    }

    /**
     * "the Trade and Industry Secretary", "the trade and industry secretary": "and" between two words of an office's
     * name, both capitalised or both common nouns.
     */
    private static boolean joinsTitleWords(List<Token> tokens, int k) {
        if (k == 0 || k + 1 >= tokens.size() || !tokens.get(k).word().equals("and")) {
            return false;
        }
        Token left = tokens.get(k - 1);
        Token right = tokens.get(k + 1);
        return left.isCapitalised() && right.isCapitalised()
                || isCommonNoun(left) && isCommonNoun(right) && !left.isCapitalised() && !right.isCapitalised();
    }

    /** "X, a researcher at Y who studies Z": a relative clause ends the role's noun phrase. */
    private static boolean opensRelativeClause(Token t) {
        return t.pos().equals("WP") || t.pos().equals("WP$") || t.pos().equals("WDT");
    }

    /** "Bank of Arlen": "of" between two words of one organisation's name. */
    private static boolean insideOrganisation(List<Token> tokens, int k) {
        return k > 0 && k + 1 < tokens.size() && tokens.get(k).word().equals("of")
                && tokens.get(k - 1).ner().equals("ORGANIZATION") && tokens.get(k + 1).ner().equals("ORGANIZATION");
    }

    /**
     * "Harbour Rovers captain X has warned": a noun the tagger took for a verb between an affiliation and a name, when
     * it names a person, the affiliation opens the clause and the name is the subject of the verb that follows; in
     * "Banks in Norland sponsor X" the word is the verb.
     */
    private static boolean nounTaggedAsVerb(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (k == 0 || !(t.pos().equals("VB") || t.pos().equals("VBP")) || t.isCapitalised()
                || !AFFILIATION_TYPES.contains(tokens.get(k - 1).ner())
                || !Animacy.namesPerson(t.lowerWord())) {
            return false;
        }
        int start = k - 1;
        while (start > 0 && tokens.get(start - 1).ner().equals(tokens.get(k - 1).ner())) {
            start--;
        }
        boolean opens = start == 0 || tokens.get(start - 1).pos().equals("DT") || opensClause(tokens.get(start - 1))
                || isPossessive(tokens.get(start - 1));
        int end = k + 1;
        while (end < tokens.size() && tokens.get(end).ner().equals("PERSON")) {
            end++;
        }
        return opens && end > k + 1 && end < tokens.size() && tokens.get(end).isFiniteVerb();
    }

    /** "critic for The Harbour Times": a determiner the recogniser counts as the first word of an organisation's name. */
    private static boolean opensOrganisation(List<Token> tokens, int k) {
        // At the start of a sentence an article's capital says nothing: "The" may be the sentence's own determiner.
        boolean article = Set.of("the", "a", "an").contains(tokens.get(k).lowerWord());
        return (k > 0 || !article) && k + 1 < tokens.size() && tokens.get(k).pos().equals("DT") && tokens.get(k).isCapitalised()
                && tokens.get(k).ner().equals("ORGANIZATION") && tokens.get(k + 1).ner().equals("ORGANIZATION");
    }

    /**
     * Whether what follows a participle makes it a clause's verb ("leading the inquiry", "based in X", "sacked.")
     * rather than a word of the noun phrase ("managing director").
     */
    private static boolean opensClauseAfter(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return true;
        }
        String pos = tokens.get(k).pos();
        return pos.equals("DT") || pos.equals("IN") || pos.equals("TO") || pos.equals("PRP$") || pos.equals("PRP")
                || pos.equals("CD") || pos.equals("RP") || !tokens.get(k).isWord()
                || pos.startsWith("NNP") && !tokens.get(k).ner().equals("O") && !tokens.get(k).ner().equals("TITLE");
    }

    /** The role's words before the first "of", "for", "at" or "to" of a phrase, when they have a role's head. */
    private static int[] headBeforeComplement(List<Token> tokens, int start, int end) {
        for (int q = start + 1; q < end; q++) {
            if (isLinkingPreposition(tokens.get(q))) {
                return hasRoleHead(tokens, start, q) ? new int[] {start, q} : null;
            }
        }
        return null;
    }

    /** "the 1998 champion": a year opening a role, right before a noun that names a person. */
    private static boolean yearBeforeNoun(List<Token> tokens, int k) {
        String w = tokens.get(k).word();
        return tokens.get(k).pos().equals("CD") && w.matches("(18|19|20)\\d\\d") && k + 1 < tokens.size()
                && isPersonNoun(tokens.get(k + 1));
    }

    /** "Arne Lund & Sons", "Tide and Sail": a joining word or sign inside an organisation's name. */
    private static boolean withinOrganisation(List<Token> tokens, int k) {
        return k > 0 && k + 1 < tokens.size() && tokens.get(k).ner().equals("ORGANIZATION")
                && !tokens.get(k).word().equals(",") && tokens.get(k - 1).ner().equals("ORGANIZATION") && tokens.get(k + 1).ner().equals("ORGANIZATION");
    }

    /** "Secretary of State", "Chancellor of the Exchequer": "of" (and "the" after it) inside an office's name. */
    private static boolean insideTitle(List<Token> tokens, int k) {
        String w = tokens.get(k).lowerWord();
        if (w.equals("the") && k > 0 && tokens.get(k - 1).word().equalsIgnoreCase("of")) {
            return k > 1 && tokens.get(k - 2).ner().equals("TITLE");
        }
        return w.equals("of") && k > 0 && tokens.get(k - 1).ner().equals("TITLE");
    }

    /** A role noun phrase starting at k: determiners skipped, up to the clause's next comma, verb or full stop. */
    private static int[] nounPhrase(List<Token> tokens, int k, boolean apposition) {
        // "an economist at Lund & Sons": read through an organisation's joining words first; when that runs on past a
        // clean phrase or past the longest role, the phrase up to the joining word is still a role.
        int[] whole = nounPhrase(tokens, k, apposition, true);
        return whole != null ? whole : nounPhrase(tokens, k, apposition, false);
    }

    private static int[] nounPhrase(List<Token> tokens, int k, boolean apposition, boolean throughNames) {
        // "X, The Harbour Lights and Y": a capitalised article inside a sentence opens a name, not a description.
        if (apposition && k > 0 && k < tokens.size() && tokens.get(k).pos().equals("DT") && tokens.get(k).isCapitalised()
                && tokens.get(k - 1).word().equals(",") && !ownerAfter(tokens, k + 1)) {
            return null;
        }
        while (k < tokens.size() && (tokens.get(k).pos().equals("DT") || tokens.get(k).pos().equals("PRP$"))) {
            k++;
        }
        boolean group = false;
        // "one of the country's leading economists": the role is the group's noun.
        if (k + 1 < tokens.size() && tokens.get(k).word().equalsIgnoreCase("one") && tokens.get(k + 1).word().equalsIgnoreCase("of")) {
            group = true;
            k += 2;
            while (k < tokens.size() && (tokens.get(k).pos().equals("DT") || tokens.get(k).pos().equals("PRP$"))) {
                k++;
            }
        }
        // "X, speaking in Y" and "X, based in Y" open a clause; "X, managing director of Y" names an office.
        if (k < tokens.size() && isParticiple(tokens.get(k)) && !officeParticiple(tokens, k)) {
            return null;
        }
        int start = k;
        while (k < tokens.size() && k - start < MAX_ROLE_TOKENS
                && (inNounPhrase(tokens.get(k)) || isLinkingPreposition(tokens.get(k)) && k > start
                || k == start && yearBeforeNoun(tokens, k)
                || throughNames && withinOrganisation(tokens, k)
                || isGroupOf(tokens, k) && k > start
                || tokens.get(k).pos().equals("DT") && k > start && isLinkingPreposition(tokens.get(k - 1))
                || joinsModifiers(tokens, start, k))) {
            k++;
        }
        int end = k;
        while (end > start && (isLinkingPreposition(tokens.get(end - 1)) || tokens.get(end - 1).pos().equals("DT")
                || isPossessive(tokens.get(end - 1)) || isDash(tokens.get(end - 1)))) {
            end--;
        }
        if (end <= start || tokens.get(start).ner().equals("PERSON")
                || PLACE_OR_TIME.contains(tokens.get(start).ner()) && !hasRoleHead(tokens, start, end)) {
            return null;
        }
        // "X, the woman who raised the alarm": the relative clause, not the noun, says what she is.
        if (end == k && k < tokens.size() && opensRelativeClause(tokens.get(k))
                && BARE_PERSON.contains(tokens.get(end - 1).lowerLemma())) {
            return null;
        }
        // "X, the lawyer leading the inquiry, said": a participle after the head noun opens a clause about the person.
        for (int p = start + 1; p < end; p++) {
            if (isParticiple(tokens.get(p)) && isPersonNoun(tokens.get(p - 1)) && opensClauseAfter(tokens, p + 1)) {
                return hasRoleHead(tokens, start, p) && !BARE_PERSON.contains(tokens.get(p - 1).lowerLemma())
                        ? new int[] {start, p} : null;
            }
        }
        if (apposition && !appositive(tokens, start, end, group)) {
            return null;
        }
        if (apposition && end < tokens.size() && end == k && k < tokens.size()
                && !Set.of(",", ".", ";", ":", "(", "-LRB-", ")", "-", "--", "and").contains(tokens.get(k).word())
                && !tokens.get(k).isVerb() && !tokens.get(k).pos().equals("IN") && !opensRelativeClause(tokens.get(k))
                // "X, the harbour master she played on stage": a relative clause without "who" or "that".
                && !tokens.get(k).pos().equals("PRP")) {
            // The phrase runs on past what we can read as a noun phrase: not a clean apposition, unless it ran past the
            // longest role inside its complement ("director general of the ... Confederation of Norland Industry"),
            // where the head before the complement is still the role.
            return k - start >= MAX_ROLE_TOKENS && !throughNames ? headBeforeComplement(tokens, start, k) : null;
        }
        if (apposition && end == k && k < tokens.size() && tokens.get(k).pos().equals("PRP")
                && !relativeClauseAfter(tokens, end, k)) {
            return null;
        }
        return hasRoleHead(tokens, start, end) ? new int[] {start, end} : null;
    }

    /**
     * "X, the harbour master she played on stage, ...": a pronoun after a role's noun opens a relative clause unless
     * a second finite verb follows before the next comma or full stop: in "For X, the defeat he suffered was the low
     * point" the phrase is the subject of the second. A noun that only says someone is a person ("the man she
     * married") is no role either way.
     */
    private static boolean relativeClauseAfter(List<Token> tokens, int end, int pronoun) {
        if (BARE_PERSON.contains(tokens.get(end - 1).lowerLemma())) {
            return false;
        }
        int verbs = 0;
        for (int j = pronoun + 1; j < tokens.size() && !Set.of(",", ".", ";").contains(tokens.get(j).word()); j++) {
            verbs += tokens.get(j).isFiniteVerb() ? 1 : 0;
        }
        return verbs < 2;
    }

    /**
     * Whether a phrase after a name and a comma can say what that one person is: not when a name stands in it before
     * any complement ("X, skipper Y and Z": a list), or when its head is plural and it is not "one of" a group ("X,
     * carry water jugs to ...").
     */
    private static boolean appositive(List<Token> tokens, int start, int end, boolean group) {
        Token head = null;
        for (int i = start; i < end && !(i > start && isLinkingPreposition(tokens.get(i))); i++) {
            // "X, one of Y's students", "X, a close Y ally": an owner's name, or a name before a noun, is no list.
            if (tokens.get(i).ner().equals("PERSON") && !(i + 1 < end && tokens.get(i + 1).ner().equals("PERSON"))
                    && !(i + 1 < tokens.size() && (isPossessive(tokens.get(i + 1)) || isCommonNoun(tokens.get(i + 1))))) {
                return false;
            }
            if (isCommonNoun(tokens.get(i)) || tokens.get(i).ner().equals("TITLE")) {
                head = tokens.get(i);
            }
        }
        return group || head == null || !head.pos().equals("NNS");
    }

    /**
     * "a harbour and customs officer", "sales and marketing director": "and" between the modifiers of one head that
     * names a person, when the words before it name none and no complement ("head of X and ...") stands among them.
     */
    private static boolean joinsModifiers(List<Token> tokens, int start, int k) {
        if (k <= start || !tokens.get(k).word().equals("and") || hasPersonNoun(tokens, start, k)) {
            return false;
        }
        for (int i = start; i < k; i++) {
            if (isLinkingPreposition(tokens.get(i))) {
                return false;
            }
        }
        for (int j = k + 1; j < tokens.size() && j - start < MAX_ROLE_TOKENS && inNounPhrase(tokens.get(j))
                && !tokens.get(j).ner().equals("PERSON"); j++) {
            if (isPersonNoun(tokens.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** A common noun or an office that is not a place or time: the head that makes a phrase a role. */
    private static boolean hasRoleHead(List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            Token t = tokens.get(i);
            if (t.ner().equals("TITLE") || isAcronymOffice(t) || isCommonNoun(t) && !PLACE_OR_TIME.contains(t.ner())
                    && !namesTime(t)) {
                return true;
            }
        }
        return false;
    }

    private Role role(List<Token> tokens, int start, int end, int sentence) {
        StringBuilder title = new StringBuilder();
        String affiliation = null;
        int lastNoun = -1;
        for (int k = start; k < end; k++) {
            // "treasurer of one of the port's rowing clubs": after "of", nouns belong to the complement, not the head.
            if (k > start && isLinkingPreposition(tokens.get(k))) {
                break;
            }
            if (isCommonNoun(tokens.get(k)) || tokens.get(k).ner().equals("TITLE")) {
                lastNoun = k;
            }
        }
        // "Rovers captain": a head the tagger took for a verb ends the phrase, and the nouns before it stay plural.
        if (tokens.get(end - 1).pos().startsWith("VB") && !isParticiple(tokens.get(end - 1))) {
            lastNoun = end - 1;
        }
        for (int k = start; k < end; k++) {
            Token t = tokens.get(k);
            // "Greek sprinters X and Y": each of them is a sprinter.
            String word = k == lastNoun && t.pos().equals("NNS") ? t.lemma() : t.word();
            // "Prof X": the rank written out.
            if (end - start == 1 && isAcademic(t)) {
                word = "Professor";
            }
            if (title.length() > 0 && !isPossessive(t) && !t.word().equals("-")
                    && !(k > start && tokens.get(k - 1).word().equals("-"))) {
                title.append(' ');
            }
            title.append(word);
            if (affiliation == null && AFFILIATION_TYPES.contains(t.ner())) {
                StringBuilder aff = new StringBuilder(t.word());
                int q = k + 1;
                while (q < end && tokens.get(q).ner().equals(t.ner())) {
                    aff.append(' ').append(tokens.get(q).word());
                    q++;
                }
                affiliation = aff.toString();
            }
        }
        return new Role(title.toString(), affiliation,
                Token.evidence(sentence, tokens, start, end),
                namesOffice(tokens, start, end), false);
    }

    /**
     * Whether the head of a role phrase (its last noun before any "of", "for", "at" or "to") names an office or a
     * trade: "chief executive of Acme", "Bolton West MP", but not "fellow guest" or "car industry veteran".
     */
    private static boolean namesOffice(List<Token> tokens, int start, int end) {
        Token head = null;
        for (int k = start; k < end && !(k > start && isLinkingPreposition(tokens.get(k))); k++) {
            Token t = tokens.get(k);
            if (isCommonNoun(t) || t.ner().equals("TITLE") || isAcronymOffice(t)) {
                head = t;
            }
        }
        return head != null && (isRoleNoun(head) || isAcronymOffice(head));
    }

    /** Words that can stand inside a role's noun phrase: nouns, adjectives, names of things, hyphens, "'s". */
    private static boolean inNounPhrase(Token t) {
        String pos = t.pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("POS") || pos.equals("HYPH") || pos.equals("RBS")
                || t.word().equals("-") || pos.equals("VBN") || pos.equals("VBG") && Character.isLowerCase(t.word().charAt(0))
                || pos.equals("CD") && t.word().contains("-");
    }

    private static boolean isAcademic(Token t) {
        return ACADEMIC.contains(t.lowerWord().replace(".", ""));
    }

    static boolean isHonorific(String word) {
        return HONORIFICS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** An office written as capitals before or after a name ("MP", "CEO"), which the recogniser does not tag. */
    static boolean isAcronymOffice(Token t) {
        String w = t.word();
        if (!t.isProperNoun() || !t.ner().equals("O") || w.length() < 2 || w.length() > 4) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a name starting at {@code k} opens its clause: after its forms of address, it starts the sentence or
     * follows a comma or a conjunction, or no verb and no preposition right before it come first ("Last week X, ...").
     */
    private static boolean opensItsClause(List<Token> tokens, int k) {
        while (k > 0 && isHonorific(tokens.get(k - 1).word())) {
            k--;
        }
        // "Designed by Y and X, ...": after a conjunction, the clause is the one the list stands in.
        if (k == 0 || opensClause(tokens.get(k - 1)) && !Set.of("and", "but").contains(tokens.get(k - 1).lowerWord())) {
            return true;
        }
        // "For the host X, ...": a name reached from a preposition through its noun phrase is that preposition's.
        int j = k - 1;
        while (j > 0 && (tokens.get(j).pos().startsWith("NN") || tokens.get(j).pos().startsWith("JJ")
                || tokens.get(j).pos().equals("DT") || isPossessive(tokens.get(j)))) {
            j--;
        }
        if (tokens.get(j).pos().equals("IN") || tokens.get(j).pos().equals("TO")) {
            return false;
        }
        for (int i = 0; i < k; i++) {
            if (tokens.get(i).isVerb()) {
                return false;
            }
        }
        return true;
    }

    /** "The Arlen Post's": capitalised words from {@code k} that end in an owner's possessive. */
    private static boolean ownerAfter(List<Token> tokens, int k) {
        while (k < tokens.size() && tokens.get(k).isCapitalised()) {
            k++;
        }
        return k < tokens.size() && isPossessive(tokens.get(k));
    }

    /**
     * A dashed apposition ends at its closing dash, or at a comma; without one it is a description of X only when it
     * names a person and ends the sentence ("X - the pilot of the night ferry."): "X - the striker scored twice" and
     * "X - a surprise to many." are what follows a dash, not what X is.
     */
    private static int[] withinDashes(List<Token> tokens, int[] span) {
        for (int i = span[0]; i < span[1]; i++) {
            if (isDash(tokens.get(i))) {
                return hasRoleHead(tokens, span[0], i) ? new int[] {span[0], i} : null;
            }
        }
        boolean closed = span[1] < tokens.size() && tokens.get(span[1]).word().equals(",");
        for (int i = span[1]; i < tokens.size(); i++) {
            closed |= isDash(tokens.get(i));
        }
        boolean ends = span[1] >= tokens.size() || Set.of(".", "!", "?").contains(tokens.get(span[1]).word());
        return closed || ends && hasPersonNoun(tokens, span[0], span[1]) ? span : null;
    }

    /** "managing director", "acting chairman": a participle that is the first word of an office, not a clause's verb. */
    private static boolean officeParticiple(List<Token> tokens, int k) {
        // "visiting family", "thanking staff": a person's noun after the participle is its object, an office's is not.
        return tokens.get(k).ner().equals("TITLE") || OFFICE_PARTICIPLES.contains(tokens.get(k).lowerWord())
                || k + 1 < tokens.size() && isRoleNoun(tokens.get(k + 1));
    }

    private static boolean isDash(Token t) {
        return t.word().equals("-") || t.word().equals("--");
    }

    /** A noun of a stretch of time ("year", "season", "time"). */
    static boolean namesTime(Token t) {
        return TIME_NOUNS.contains(t.lowerLemma());
    }

    /** A finite verb that can follow a singular subject: not "report" in "the harbour report." */
    private static boolean singularVerb(Token t) {
        return t.isFiniteVerb() && !t.pos().equals("VBP");
    }

    private static boolean isParticiple(Token t) {
        return t.pos().equals("VBG") || t.pos().equals("VBN");
    }

    /** What may stand right before a clause's subject: a quotation mark, a comma or colon, a conjunction. */
    private static boolean opensClause(Token t) {
        String w = t.lowerWord();
        return w.equals("\"") || w.equals("''") || w.equals("``") || w.equals(",") || w.equals(":") || w.equals(";")
                || w.equals("and") || w.equals("but");
    }

    private static boolean isLinkingPreposition(Token t) {
        String w = t.lowerWord();
        return w.equals("of") || w.equals("for") || w.equals("at") || w.equals("to");
    }

    static boolean isPossessive(Token t) {
        return t.pos().equals("POS") || t.word().equals("'s") || t.word().equals("'");
    }

    /** A common noun that can head a role: not an indefinite pronoun the tagger calls a noun ("something"). */
    private static boolean isCommonNoun(Token t) {
        // A lower-case word the tagger called a proper noun is a common noun when it names a person ("Harbour playmaker
        // X"); others are a name's particles ("von", "della"), web names and slips ("says").
        boolean noun = t.pos().equals("NN") || t.pos().equals("NNS") || t.pos().startsWith("NNP")
                && t.word().matches("[a-z]+(-[a-z]+)*") && (Animacy.namesPerson(t.word()) || agentive(t.word()));
        return noun && !INDEFINITE.contains(t.lowerLemma());
    }

    /**
     * Whether a noun's ending names someone by what they do ("playmaker", "violinist"), unless the animacy lists know
     * the noun as a thing ("river", "paper", "number").
     */
    private static boolean agentive(String lemma) {
        for (String ending : AGENTIVE) {
            if (lemma.length() > ending.length() + 2 && lemma.endsWith(ending)) {
                return !Animacy.namesThing(lemma);
            }
        }
        return false;
    }

    /** A singular or plural noun naming a person by office (the recogniser's TITLE) or by what they do. */
    static boolean isRoleNoun(Token t) {
        if (t.ner().equals("TITLE")) {
            return true;
        }
        return isCommonNoun(t) && agentive(t.lowerLemma());
    }

    /**
     * A noun the animacy lists know as a person that says what someone is to others ("chief", "boss", "head"), not
     * merely that they are a person ("man", "woman", "child").
     */
    private static boolean namesPersonByPlace(Token t) {
        return isCommonNoun(t) && Animacy.namesPerson(t.lowerLemma()) && !BARE_PERSON.contains(t.lowerLemma());
    }

    /**
     * A noun naming a person, by office or trade ({@link #isRoleNoun}) or by what the animacy lists know of it
     * ("executive", "aide"); unlike a role noun, it says nothing about whether the role is an office.
     */
    static boolean isPersonNoun(Token t) {
        return isRoleNoun(t) || isCommonNoun(t) && Animacy.namesPerson(t.lemma());
    }
}
