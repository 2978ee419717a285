package dev.news.summary.engine.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mends two ways the recogniser gets people's names wrong, before anything reads them: a peer's territorial
 * designation belongs to the name ("Lord Roe of Arlen" is one person, not "Lord Roe" and a person "Arlen"), and a
 * first name and a surname tagged as an organisation are a person when the text also writes that surname alone as a
 * name ("Ann Roe, the new harbour master, ..." then "Roe signed ..."). First names come from the list CoreNLP's
 * models ship for telling the gender of a name.
 */
public final class NameRepair {

    private static final String FIRST_NAMES = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    /** Forms of address that a territorial designation ("of Arlen") may follow. */
    private static final Set<String> PEERAGE = Set.of("lord", "lady", "baroness", "baron");
    /** Offices written with a form of address ("Lord Mayor", "Lord Chancellor"), which take "of" as offices do. */
    private static final Set<String> OFFICES = Set.of("mayor", "chancellor", "provost", "lieutenant", "advocate",
            "justice", "chief", "president", "speaker", "privy", "high");
    /** Tags of what may stand before a name but not before a person's surname used alone ("the", "its", "'s"). */
    private static final Set<String> DETERMINERS = Set.of("DT", "PRP$", "POS");
    /** Longest designation joined, in words. */
    private static final int MAX_PLACE_WORDS = 3;

    private final Set<String> firstNames;

    NameRepair(Set<String> firstNames) {
        this.firstNames = Set.copyOf(firstNames);
    }

    /** Reads the first names from the models on the class path. */
    public static NameRepair load() {
        Set<String> names = new HashSet<>();
        for (String line : ModelResources.lines(FIRST_NAMES)) {
            int tab = line.indexOf('\t');
            names.add((tab < 0 ? line : line.substring(0, tab)).strip().toLowerCase(Locale.ROOT));
        }
        return new NameRepair(names);
    }

    /** The mentions with peers' names made whole and misread people retyped, in their original order. */
    public List<Mention> repair(List<Sentence> sentences, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        Set<Mention> absorbed = new HashSet<>();
        for (Mention m : mentions) {
            if (absorbed.contains(m)) {
                continue;
            }
            List<Token> tokens = sentences.get(m.sentence()).tokens();
            Mention whole = withDesignation(tokens, m);
            if (whole != m) {
                for (Mention other : mentions) {
                    if (other != m && other.sentence() == m.sentence() && other.firstToken() >= m.endToken()
                            && other.endToken() <= whole.endToken()) {
                        absorbed.add(other);
                    }
                }
            } else if (misreadPerson(sentences, mentions, m)) {
                whole = new Mention(m.text(), "PERSON", m.sentence(), m.firstToken(), m.endToken(), m.start(), m.end(),
                        m.normalized());
            }
            out.add(whole);
        }
        return out;
    }

    /** Whether a word is a form of address that a territorial designation may follow ("Lord", "Baroness"). */
    public static boolean isPeerage(String word) {
        return PEERAGE.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "Baroness Roe of Arlen": the person mention with "of" and the capitalised words after it, or m itself. */
    private static Mention withDesignation(List<Token> tokens, Mention m) {
        if (!m.type().equals("PERSON") || m.endToken() + 1 >= tokens.size()
                || !tokens.get(m.endToken()).word().equals("of")) {
            return m;
        }
        int first = m.firstToken();
        boolean inside = isPeerage(tokens.get(first).word());
        boolean peer = inside || first > 0 && isPeerage(tokens.get(first - 1).word());
        // The name must hold a word besides the form of address, and not an office: "Lord Mayor of X" is one.
        int nameStart = inside ? first + 1 : first;
        if (!peer || nameStart >= m.endToken() || tokens.get(nameStart).ner().equals("TITLE")
                || OFFICES.contains(tokens.get(nameStart).lowerWord())) {
            return m;
        }
        // The designation is a place or a name, never an organisation ("Lord Roe of Acme Ltd" works there).
        int end = m.endToken() + 1;
        while (end < tokens.size() && end - m.endToken() <= MAX_PLACE_WORDS && tokens.get(end).isCapitalisedName()
                && !tokens.get(end).ner().equals("ORGANIZATION")) {
            end++;
        }
        if (end == m.endToken() + 1) {
            return m;
        }
        Token last = tokens.get(end - 1);
        // A form of address the recogniser left outside the name joins it: the name then says it is a peer's.
        String text = (inside ? m.text() : tokens.get(first - 1).word() + " " + m.text()) + " "
                + Token.words(tokens, m.endToken(), end);
        int from = inside ? first : first - 1;
        return new Mention(text, "PERSON", m.sentence(), from, end, inside ? m.start() : tokens.get(first - 1).start(),
                last.end(), m.normalized());
    }

    /**
     * An organisation of two name words, the first a first name, whose second the text also writes alone as a
     * person's name or as the subject of a verb: a person tagged as an organisation.
     */
    private boolean misreadPerson(List<Sentence> sentences, List<Mention> mentions, Mention m) {
        if (!m.type().equals("ORGANIZATION")) {
            return false;
        }
        List<Token> tokens = sentences.get(m.sentence()).tokens();
        if (m.endToken() - m.firstToken() != 2) {
            return false;
        }
        for (int k = m.firstToken(); k < m.endToken(); k++) {
            if (!tokens.get(k).isCapitalisedName()) {
                return false;
            }
        }
        if (!firstNames.contains(tokens.get(m.firstToken()).lowerWord())) {
            return false;
        }
        String surname = tokens.get(m.endToken() - 1).word();
        for (Mention other : mentions) {
            if (other.type().equals("PERSON") && other.endToken() - other.firstToken() == 1
                    && other.text().equals(surname)) {
                return true;
            }
        }
        for (Sentence s : sentences) {
            List<Token> ts = s.tokens();
            for (int k = 0; k < ts.size(); k++) {
                boolean same = s.index() == m.sentence() && k >= m.firstToken() && k < m.endToken();
                // The surname alone as the subject of a verb: "Roe won".
                // "The Post reported" names a paper, not a person: no determiner or possessive before it.
                if (!same && ts.get(k).word().equals(surname) && ts.get(k).ner().equals("O")
                        && !(k > 0 && (ts.get(k - 1).isCapitalisedName() || DETERMINERS.contains(ts.get(k - 1).pos())))
                        && k + 1 < ts.size() && ts.get(k + 1).isFiniteVerb()) {
                    return true;
                }
            }
        }
        return false;
    }
}
