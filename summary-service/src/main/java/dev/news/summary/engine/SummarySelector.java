package dev.news.summary.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Picks ranked sentences for a requested length with maximal marginal relevance, returned in article order. */
final class SummarySelector {

    /** Trade-off between relevance (1.0) and novelty (0.0). */
    private final double lambda;

    SummarySelector(double lambda) {
        this.lambda = lambda;
    }

    List<SummarySentence> select(List<Sentence> candidates, SentenceRanker.Ranking ranking, Length length) {
        int n = candidates.size();
        if (n == 0) {
            return List.of();
        }
        int maxSentences;
        int wordBudget;
        if (length instanceof Length.Sentences s) {
            maxSentences = Math.min(s.count(), n);
            wordBudget = Integer.MAX_VALUE;
        } else if (length instanceof Length.Ratio r) {
            maxSentences = Math.max(1, Math.min(n, (int) Math.round(r.ratio() * n)));
            wordBudget = Integer.MAX_VALUE;
        } else {
            maxSentences = n;
            wordBudget = ((Length.Words) length).max();
        }
        double[] scores = ranking.scores();
        boolean[] taken = new boolean[n];
        List<Integer> chosen = new ArrayList<>();
        int wordsUsed = 0;
        while (chosen.size() < maxSentences) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (taken[i] || wordsUsed + candidates.get(i).wordCount() > wordBudget) {
                    continue;
                }
                double redundancy = 0.0;
                for (int j : chosen) {
                    redundancy = Math.max(redundancy, ranking.similarity()[i][j]);
                }
                double value = lambda * scores[i] - (1.0 - lambda) * redundancy;
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            taken[best] = true;
            chosen.add(best);
            wordsUsed += candidates.get(best).wordCount();
        }
        List<SummarySentence> out = new ArrayList<>();
        if (chosen.isEmpty() && wordBudget != Integer.MAX_VALUE) {
            // Not even one sentence fits the budget: cut the best one at the budget rather than return nothing.
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (scores[i] > scores[best]) {
                    best = i;
                }
            }
            out.add(truncate(candidates.get(best), wordBudget, scores[best]));
            return out;
        }
        chosen.sort(Comparator.naturalOrder());
        for (int i : chosen) {
            Sentence s = candidates.get(i);
            out.add(new SummarySentence(s.index(), s.text(), s.start(), s.end(), round(scores[i])));
        }
        return out;
    }

    private static SummarySentence truncate(Sentence s, int maxWords, double score) {
        String text = s.text();
        int words = 0;
        int cut = text.length();
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
                if (words > maxWords) {
                    cut = i;
                    break;
                }
            }
            inWord = !space;
        }
        String kept = text.substring(0, cut).stripTrailing();
        int sentenceStart = s.tokens().isEmpty() ? 0 : s.tokens().get(0).normStart();
        int end = s.start();
        for (Token t : s.tokens()) {
            if (t.normEnd() - sentenceStart <= kept.length()) {
                end = t.end();
            }
        }
        return new SummarySentence(s.index(), kept, s.start(), Math.max(end, s.start()), round(score));
    }

    private static double round(double v) {
        return Math.round(v * 10_000.0) / 10_000.0;
    }
}
