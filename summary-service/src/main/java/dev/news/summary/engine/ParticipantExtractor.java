package dev.news.summary.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds who takes part: merges person mentions ("Lee" = "Anna Lee"), reads roles from titles before the
 * name or appositives after it, and ranks by salience. The subject of the lead ({@link LeadSubject}) comes
 * first: a person named there, else an organisation or country, else an unnamed group of people ("Police",
 * "At least five people", type GROUP) when the lead names no person at all.
 */
final class ParticipantExtractor {

    private static final Set<String> ROLE_CONTEXT = Set.of("TITLE", "NATIONALITY", "COUNTRY", "ORGANIZATION",
            "STATE_OR_PROVINCE", "CITY", "LOCATION", "IDEOLOGY", "RELIGION", "MISC");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and", "'s", "'", "-");
    private static final Set<String> AFFILIATION_TYPES = Set.of("NATIONALITY", "COUNTRY", "ORGANIZATION",
            "STATE_OR_PROVINCE", "CITY");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord",
            "lady", "prof", "professor");
    private static final int MAX_EVIDENCE = 10;

    /** A participant being assembled from its mentions. */
    private static final class Candidate {
        final String type;
        String name;
        List<String> words;
        final List<Mention> mentions = new ArrayList<>();
        String role;
        String affiliation;
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

    List<Participant> extract(ParsedArticle article) {
        List<Mention> mentions = article.contentMentions();
        List<Candidate> people = mergePeople(article, mentions);
        int lead = article.leadSentence();
        Set<String> titleWords = article.titleWords();
        LeadSubject.Phrase subject = LeadSubject.find(article);
        Mention actor = subjectActor(article, mentions, subject);
        Candidate group = actor == null ? group(article, mentions, subject) : null;
        if (actor == null && group == null) {
            actor = leadActor(article, mentions, lead);
        }

        for (Candidate c : people) {
            score(c, titleWords, lead, actor);
        }
        List<Candidate> all = new ArrayList<>(people);
        boolean personActs = actor != null && actor.type().equals("PERSON");
        if (personActs) {
            // The person doing the lead's main verb is the actor, whoever else the headline or quotes name.
            for (Candidate c : people) {
                if (c.mentions.contains(actor)) {
                    c.salience += 100;
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
                score(institution, titleWords, lead, actor);
                // The lead's actor outranks people who are only quoted or mentioned around it.
                institution.salience += 100;
                institution.central = true;
                all.add(institution);
            }
        }
        all.sort(Comparator.<Candidate, Boolean>comparing(c -> !c.central)
                .thenComparing(c -> -c.salience)
                .thenComparing(Candidate::firstSentence));
        List<Participant> out = new ArrayList<>();
        for (Candidate c : all) {
            List<Evidence> evidence = c.mentions.stream().limit(MAX_EVIDENCE).map(Mention::evidence).toList();
            out.add(new Participant(c.name, c.type, c.role, c.affiliation, c.mentions.size(), c.central, evidence));
        }
        return out;
    }

    private List<Candidate> mergePeople(ParsedArticle article, List<Mention> mentions) {
        List<Candidate> people = new ArrayList<>();
        List<Mention> persons = mentions.stream()
                .filter(m -> m.type().equals("PERSON") && hasProperNoun(article, m)).toList();
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
            if (target.role == null) {
                String[] role = roleOf(article, m);
                if (role != null) {
                    target.role = role[0];
                    target.affiliation = role[1];
                }
            }
        }
        people.removeIf(c -> c.mentions.isEmpty());
        for (Candidate c : people) {
            c.mentions.sort(Comparator.comparingInt(Mention::start));
        }
        return people;
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

    private static List<String> nameWords(String text) {
        List<String> words = new ArrayList<>();
        for (String w : cleanName(text).toLowerCase(Locale.ROOT).split("[\\s]+")) {
            String t = w.replaceAll("[^\\p{L}\\p{N}'-]", "");
            if (!t.isEmpty() && !HONORIFICS.contains(t.replace(".", ""))) {
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

    /** Role and affiliation from a title run before the name or an appositive after it. */
    private static String[] roleOf(ParsedArticle article, Mention m) {
        List<Token> tokens = article.sentences().get(m.sentence()).tokens();
        int from = m.firstToken();
        int i = from - 1;
        while (i >= 0) {
            Token t = tokens.get(i);
            boolean context = ROLE_CONTEXT.contains(t.ner());
            boolean connector = CONNECTORS.contains(t.word().toLowerCase(Locale.ROOT)) || t.pos().equals("POS");
            if (!context && !connector) {
                break;
            }
            i--;
        }
        int start = i + 1;
        while (start < from && !ROLE_CONTEXT.contains(tokens.get(start).ner())) {
            start++;
        }
        String[] role = roleFromSpan(tokens, start, from);
        if (role != null) {
            return role;
        }
        // Appositive: "Name, the chief executive of Acme,"
        int j = m.endToken();
        if (j < tokens.size() && tokens.get(j).word().equals(",")) {
            int k = j + 1;
            while (k < tokens.size() && Set.of("the", "a", "an").contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                k++;
            }
            int end = k;
            while (end < tokens.size() && end - k < 10) {
                Token t = tokens.get(end);
                if (t.word().equals(",") || t.word().equals(".") || t.isVerb() || t.ner().equals("PERSON")) {
                    break;
                }
                end++;
            }
            return roleFromSpan(tokens, k, end);
        }
        return null;
    }

    private static String[] roleFromSpan(List<Token> tokens, int start, int end) {
        int lastTitle = -1;
        for (int k = start; k < end; k++) {
            if (tokens.get(k).ner().equals("TITLE")) {
                lastTitle = k;
            }
        }
        if (lastTitle < 0) {
            return null;
        }
        // Keep what qualifies the title ("of State", "of Acme") but drop trailing connectors.
        int stop = end;
        while (stop > lastTitle + 1 && CONNECTORS.contains(tokens.get(stop - 1).word().toLowerCase(Locale.ROOT))) {
            stop--;
        }
        StringBuilder role = new StringBuilder();
        String affiliation = null;
        for (int k = start; k < stop; k++) {
            Token t = tokens.get(k);
            if (role.length() > 0 && !t.word().equals("'s") && !t.pos().equals("POS")) {
                role.append(' ');
            }
            role.append(t.word());
            if (affiliation == null && AFFILIATION_TYPES.contains(t.ner())) {
                StringBuilder aff = new StringBuilder(t.word());
                int q = k + 1;
                while (q < stop && tokens.get(q).ner().equals(t.ner())) {
                    aff.append(' ').append(tokens.get(q).word());
                    q++;
                }
                affiliation = aff.toString();
            }
        }
        return new String[] {role.toString(), affiliation};
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
                    || tokens.get(m.endToken()).pos().equals("POS"));
            if (!modifier) {
                return m;
            }
        }
        // An appositive names an unnamed subject: "The company's owner, Acme Ltd, said ...".
        for (Mention m : mentions) {
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
    private static Candidate group(ParsedArticle article, List<Mention> mentions, LeadSubject.Phrase subject) {
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
        Token first = tokens.get(from);
        Token last = tokens.get(subject.end() - 1);
        Mention m = new Mention(name.toString(), "GROUP", subject.sentence(), from, subject.end(), first.start(),
                last.end(), null);
        Candidate c = new Candidate("GROUP", name.toString(), nameWords(name.toString()));
        c.mentions.add(m);
        // The subject of the lead outranks anyone quoted or mentioned around it.
        c.salience = 200;
        c.central = true;
        return c;
    }

    /** The first entity mentioned before the lead sentence's first finite verb. */
    private static Mention leadActor(ParsedArticle article, List<Mention> mentions, int lead) {
        if (article.sentences().isEmpty()) {
            return null;
        }
        List<Token> tokens = article.sentences().get(lead).tokens();
        int verb = tokens.size();
        for (int i = 0; i < tokens.size(); i++) {
            String pos = tokens.get(i).pos();
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
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
            if (!modifier) {
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

    private static void score(Candidate c, Set<String> titleWords, int lead, Mention actor) {
        boolean inTitle = c.words.stream().anyMatch(w -> w.length() > 1 && titleWords.contains(w));
        int first = c.firstSentence();
        boolean inLead = first <= lead + 1;
        boolean acts = actor != null && c.mentions.contains(actor);
        // Headline and lead say who the story is about; frequency only breaks ties among them.
        c.salience = (inTitle ? 4.0 : 0.0) + (first == lead ? 3.0 : 0.0) + (inLead ? 1.5 : 0.0) + (acts ? 2.0 : 0.0)
                + Math.min(c.mentions.size(), 6) + 2.0 / (1.0 + first - lead);
        c.central = inTitle || inLead || c.mentions.size() >= 2;
        // Prefer the fullest form seen as the display name.
        for (Mention m : c.mentions) {
            String clean = cleanName(m.text());
            if (clean.split("\\s+").length > c.name.split("\\s+").length) {
                c.name = clean;
            }
        }
        if (c.words.isEmpty()) {
            c.words = Arrays.asList(c.name.toLowerCase(Locale.ROOT).split("\\s+"));
        }
    }
}
