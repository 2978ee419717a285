package dev.news.summary.engine;

import java.util.List;

/** The result of summarising: summary sentences in article order plus the extracted facts. */
public record Analysis(List<SummarySentence> summary, Facts facts) {
    public Analysis {
        summary = List.copyOf(summary);
    }
}
