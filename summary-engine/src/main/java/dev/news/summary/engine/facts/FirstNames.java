package dev.news.summary.engine.facts;

import dev.news.summary.engine.text.ModelResources;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which first names are a man's or a woman's, from the name lists CoreNLP's models ship for coreference: enough to say
 * that "she" cannot mean a Karl, or to call a Mary who starred in a film an actress. A name the lists give both sexes
 * is no evidence either way. Read once, when the engine is built.
 */
final class FirstNames {

    private static final String NAME_GENDERS = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

    private FirstNames() {
    }

    private static final class Lists {
        /** First names the lists give one sex only, lower case, to "MALE" or "FEMALE". */
        static final Map<String, String> SEX = read();
    }

    /** Reads the lists now, so that the first request that needs them does not pay for it. */
    static void load() {
        Lists.SEX.size();
    }

    /** "MALE" or "FEMALE" for a first name the lists give one sex only, else null. */
    static String sex(String firstName) {
        return Lists.SEX.get(firstName.toLowerCase(Locale.ROOT));
    }

    /** Whether a pronoun ("he", "her") cannot mean a person of this first name. */
    static boolean disagrees(String firstName, String pronoun) {
        String sex = sex(firstName);
        String p = pronoun.toLowerCase(Locale.ROOT);
        return sex != null && (sex.equals("FEMALE") ? Set.of("he", "his", "him") : Set.of("she", "her", "hers"))
                .contains(p);
    }

    private static Map<String, String> read() {
        Map<String, String> sexes = new HashMap<>();
        for (String line : ModelResources.lines(NAME_GENDERS)) {
            // "jose maria<TAB>MALE": a name may have two words.
            String[] fields = line.split("\t");
            if (fields.length < 2) {
                continue;
            }
            sexes.merge(fields[0].toLowerCase(Locale.ROOT), fields[1], (a, b) -> a.equals(b) ? a : "");
        }
        sexes.values().removeIf(String::isEmpty);
        return Map.copyOf(sexes);
    }
}
