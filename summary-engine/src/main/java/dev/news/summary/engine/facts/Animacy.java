package dev.news.summary.engine.facts;

import dev.news.summary.engine.text.ModelResources;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which nouns name living beings, from the animacy lists CoreNLP's models ship for coreference (nouns seen on the web
 * with "who" or with "which"): "executive", "aide", "captain" and "champion" name people, "initiative" and "objective"
 * do not. A noun on both lists counts as neither. Read once, when the engine is built.
 */
final class Animacy {

    private static final String ANIMATE = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";
    private static final String INANIMATE = "edu/stanford/nlp/models/dcoref/inanimate.unigrams.txt";

    private Animacy() {
    }

    private static final class Lists {
        static final Set<String> PEOPLE;
        static final Set<String> THINGS;

        static {
            Set<String> animate = read(ANIMATE);
            Set<String> inanimate = read(INANIMATE);
            Set<String> both = new HashSet<>(animate);
            both.retainAll(inanimate);
            animate.removeAll(both);
            inanimate.removeAll(both);
            PEOPLE = Set.copyOf(animate);
            THINGS = Set.copyOf(inanimate);
        }
    }

    /** Reads the lists now, so that the first request that needs them does not pay for it. */
    static void load() {
        Lists.PEOPLE.size();
    }

    /** Whether a common noun's lemma names a thing, never a being ("river", "paper", "number"). */
    static boolean namesThing(String lemma) {
        return Lists.THINGS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a common noun's lemma names a person or another living being ("executive", not "initiative"). */
    static boolean namesPerson(String lemma) {
        return Lists.PEOPLE.contains(lemma.toLowerCase(Locale.ROOT));
    }

    private static Set<String> read(String resource) {
        Set<String> words = new HashSet<>();
        for (String w : ModelResources.lines(resource)) {
            // Lower-case entries only: the lists also hold names, which are no common nouns.
            if (w.equals(w.toLowerCase(Locale.ROOT))) {
                words.add(w);
            }
        }
        return words;
    }
}
