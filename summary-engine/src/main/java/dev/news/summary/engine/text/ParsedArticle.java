package dev.news.summary.engine.text;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An article after normalisation, sentence splitting, entity recognition and debris detection, with the place of
 * its dateline (null without one), which is metadata rather than a sentence.
 */
public record ParsedArticle(List<Sentence> sentences, List<Mention> mentions, Set<Integer> debris, List<Token> title,
                            OffsetDateTime published, GluedSentenceSplitter.Dateline dateline) {

    public ParsedArticle {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        debris = Set.copyOf(debris);
        title = List.copyOf(title);
    }

    /** Mentions outside debris sentences, in article order. */
    public List<Mention> contentMentions() {
        return mentions.stream().filter(m -> !debris.contains(m.sentence())).collect(Collectors.toList());
    }

    /** Lower-cased title words, for "is it in the headline" checks. */
    public Set<String> titleWords() {
        return title.stream().map(Token::lowerWord).collect(Collectors.toSet());
    }

    /** Index of the first sentence that is not debris, or 0. */
    public int leadSentence() {
        for (Sentence s : sentences) {
            if (!debris.contains(s.index())) {
                return s.index();
            }
        }
        return 0;
    }
}
