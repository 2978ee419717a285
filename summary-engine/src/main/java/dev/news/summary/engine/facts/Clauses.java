package dev.news.summary.engine.facts;

import dev.news.summary.engine.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which tokens of a sentence stand outside its main clause: a relative clause (", who ...,", ", where ...,"), a
 * participle phrase set off by a comma (", kidnapped in X,"), a parenthesis, a quotation, or a phrase about another
 * time ("ahead of a summit in X", "his former club X"). A place there is background, not where the reported
 * event happens.
 */
final class Clauses {

    /** Words that move the rest of a clause to another time ("ahead of a summit in X", "since moving to Y"). */
    private static final Set<String> AWAY = Set.of("ahead", "since", "until");
    /** Adjectives that put a noun phrase in someone's past ("his former club X"). */
    private static final Set<String> PAST = Set.of("former", "previous", "ex");

    private Clauses() {
    }

    /** One flag per token: true where the token lies outside the sentence's main clause. */
    static boolean[] subordinate(List<Token> tokens) {
        int n = tokens.size();
        boolean[] out = new boolean[n];
        boolean quoted = false;
        int parentheses = 0;
        boolean inserted = false;
        boolean otherTime = false;
        int pastNounPhrase = -1;
        boolean finiteSeen = false;
        // A relative clause with no comma before it: 1 until its own verb, 2 after it.
        int bareRelative = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            String w = t.word();
            if (w.equals("\"") || w.equals("``") || w.equals("''")) {
                quoted = !quoted;
                out[i] = true;
                continue;
            }
            if (w.equals("(") || w.equals("-LRB-")) {
                parentheses++;
            } else if ((w.equals(")") || w.equals("-RRB-")) && parentheses > 0) {
                parentheses--;
            }
            if (w.equals(",") || w.equals(";") || w.equals("--")) {
                // A comma ends an inserted clause and may open the next one: a relative clause, a participle, or a
                // second past-tense verb with no subject of its own ("X has appealed for Y, kidnapped in Z").
                Token next = i + 1 < n ? tokens.get(i + 1) : null;
                boolean afterName = i > 0 && tokens.get(i - 1).ner().equals("PERSON");
                // After a name, a comma opens an apposition ("X, 58, MP for Y in Z, said"), which goes on after an
                // age unless a verb resumes the clause ("X, 58, died in Z").
                boolean afterAge = inserted && i > 0 && tokens.get(i - 1).pos().equals("CD") && next != null
                        && !next.isVerb();
                inserted = next != null && (opensInsertedClause(next) || finiteSeen && next.pos().equals("VBD")
                        || afterName || afterAge || inserted && next.pos().equals("CD"));
                bareRelative = 0;
                otherTime = false;
            } else if (AWAY.contains(w.toLowerCase(Locale.ROOT)) && (t.pos().equals("IN") || t.pos().equals("RB"))) {
                otherTime = true;
            } else if (PAST.contains(w.toLowerCase(Locale.ROOT)) && t.pos().startsWith("JJ")) {
                // "his former club X": only the noun phrase that the adjective opens.
                pastNounPhrase = i;
            } else if (t.pos().equals("WDT") || t.pos().equals("WP") || t.pos().equals("WRB")) {
                // "a newspaper which ...", "the man who ..." without a comma: a relative clause, until the main
                // clause's own verb ("The man who led the team is now ...").
                inserted = true;
                bareRelative = i > 0 && tokens.get(i - 1).pos().startsWith("NN") ? 1 : 0;
            } else if (bareRelative > 0 && t.isFiniteVerb()) {
                if (bareRelative == 2 && !tokens.get(i - 1).isFiniteVerb() && !tokens.get(i - 1).pos().startsWith("RB")) {
                    inserted = false;
                    bareRelative = 0;
                } else {
                    bareRelative = 2;
                }
            }
            if (pastNounPhrase >= 0 && pastNounPhrase < i && !(t.pos().startsWith("NN") || t.pos().startsWith("JJ"))) {
                pastNounPhrase = -1;
            }
            if (!inserted && !quoted && t.isFiniteVerb()) {
                finiteSeen = true;
            }
            out[i] = quoted || parentheses > 0 || inserted || otherTime || pastNounPhrase >= 0;
        }
        return out;
    }

    private static boolean opensInsertedClause(Token next) {
        String pos = next.pos();
        return pos.equals("WDT") || pos.equals("WP") || pos.equals("WP$") || pos.equals("WRB") || pos.equals("VBN")
                || pos.equals("VBG");
    }
}
