package dev.news.summary.engine.facts;

import dev.news.summary.engine.Evidence;
import dev.news.summary.engine.Figure;
import dev.news.summary.engine.text.Mention;
import dev.news.summary.engine.text.ParsedArticle;
import dev.news.summary.engine.text.Sentence;
import dev.news.summary.engine.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds numbers, amounts and percentages with what they count ("700 civilians", "$3bn"). */
public final class FigureExtractor {

    private static final Set<String> NUMERIC_TYPES = Set.of("NUMBER", "MONEY", "PERCENT");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[Ee][+-]?\\d+)?");
    private static final Set<String> NOUN_MODIFIERS = Set.of("JJ", "JJR", "JJS", "VBN", "VBG", "NN", "NNS");

    public List<Figure> extract(ParsedArticle article) {
        List<Figure> out = new ArrayList<>();
        for (Mention m : article.contentMentions()) {
            if (!NUMERIC_TYPES.contains(m.type())) {
                continue;
            }
            Sentence sentence = article.sentences().get(m.sentence());
            List<Token> tokens = sentence.tokens();
            Double value = parse(m.normalized());
            if (value == null) {
                value = parse(m.text().replace(",", ""));
            }
            int countStart = m.endToken();
            int countEnd = countStart;
            // Take the noun phrase right after the number: adjectives and nouns up to the head noun.
            while (countEnd < tokens.size() && countEnd - countStart < 4
                    && NOUN_MODIFIERS.contains(tokens.get(countEnd).pos())
                    && tokens.get(countEnd).ner().equals("O")) {
                countEnd++;
                if (tokens.get(countEnd - 1).pos().startsWith("NN")
                        && (countEnd >= tokens.size() || !tokens.get(countEnd).pos().startsWith("NN"))) {
                    break;
                }
            }
            while (countEnd > countStart && !tokens.get(countEnd - 1).pos().startsWith("NN")) {
                countEnd--;
            }
            String counts;
            int endOffset = m.end();
            String text = m.text();
            if (countEnd > countStart) {
                String counted = Token.words(tokens, countStart, countEnd);
                counts = counted.toLowerCase(Locale.ROOT);
                endOffset = tokens.get(countEnd - 1).end();
                text = m.text() + " " + counted;
            } else if (m.type().equals("MONEY")) {
                counts = "money";
            } else if (m.type().equals("PERCENT")) {
                counts = "percent";
            } else {
                counts = null;
            }
            if (m.type().equals("NUMBER") && counts == null) {
                // A bare number with nothing counted is rarely a fact worth showing.
                continue;
            }
            out.add(new Figure(text, value, counts, new Evidence(m.sentence(), m.start(), endOffset)));
        }
        return out;
    }

    private static Double parse(String s) {
        if (s == null) {
            return null;
        }
        Matcher matcher = NUMBER.matcher(s.replace(",", ""));
        if (!matcher.find()) {
            return null;
        }
        try {
            return Double.valueOf(matcher.group());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
