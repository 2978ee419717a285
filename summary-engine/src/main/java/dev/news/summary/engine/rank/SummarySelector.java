package dev.news.summary.engine.rank;

import dev.news.summary.engine.Length;
import dev.news.summary.engine.SummarySentence;
import dev.news.summary.engine.text.Sentence;
import dev.news.summary.engine.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks ranked sentences for a requested length with maximal marginal relevance, returned in article order.
 * A sentence that leans on its neighbour is only taken with it: one opening with a pronoun ("He said ...")
 * never opens the summary, and one that leaves a quotation open comes with the next sentence, which closes
 * it and usually names the speaker. (A sentence that closes a quotation names its speaker itself, so it
 * may stand alone.)
 */
public final class SummarySelector {

    /** Most sentences a quotation may add after the one opening it before it is not taken at all. */
    private static final int MAX_QUOTED = 3;

    /** Trade-off between relevance (1.0) and novelty (0.0). */
    private final double lambda;
    /** Whether sentences that lean on a neighbour are held back (off only to measure what it costs). */
    private final boolean keepContext;

    public SummarySelector(double lambda) {
        this(lambda, true);
    }

    public SummarySelector(double lambda, boolean keepContext) {
        this.lambda = lambda;
        this.keepContext = keepContext;
    }

    public List<SummarySentence> select(List<Sentence> candidates, SentenceRanker.Ranking ranking, Length length) {
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
        boolean[] endsInQuote = new boolean[n];
        quotation(candidates, endsInQuote);
        boolean[] taken = new boolean[n];
        List<Integer> chosen = new ArrayList<>();
        int wordsUsed = 0;
        while (chosen.size() < maxSentences) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                // A sentence that leaves a quotation open comes with those up to the one that closes it,
                // which usually names the speaker.
                int last = keepContext ? quotationEnd(i, endsInQuote, taken) : i;
                int words = 0;
                for (int k = i; k <= last; k++) {
                    words += candidates.get(k).wordCount();
                }
                if (taken[i] || last < 0 || wordsUsed + words > wordBudget
                        || chosen.size() + (last - i + 1) > maxSentences
                        || keepContext && !inContext(i, chosen, candidates)) {
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
            int last = keepContext ? quotationEnd(best, endsInQuote, taken) : best;
            for (int i = best; i <= last; i++) {
                taken[i] = true;
                chosen.add(i);
                wordsUsed += candidates.get(i).wordCount();
            }
        }
        if (chosen.isEmpty() && keepContext) {
            // Every sentence leans on another (or none fits with what it leans on): a summary still beats none.
            return new SummarySelector(lambda, false).select(candidates, ranking, length);
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

    /** Whether sentence i may join the chosen ones without losing what it leans on. */
    private static boolean inContext(int i, List<Integer> chosen, List<Sentence> candidates) {
        if (i > 0 && SentenceFeatures.opensWithPronoun(candidates.get(i))) {
            for (int j : chosen) {
                if (j < i) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /**
     * The last sentence that must come with sentence i: the first from i on that does not leave a quotation
     * open (or the one before a taken sentence), or -1 when that is more than {@link #MAX_QUOTED} sentences away.
     */
    private static int quotationEnd(int i, boolean[] endsInQuote, boolean[] taken) {
        int k = i;
        while (endsInQuote[k] && k + 1 < endsInQuote.length) {
            if (taken[k + 1]) {
                // The rest of the quotation is in the summary already.
                return k;
            }
            k++;
            if (k - i > MAX_QUOTED) {
                return -1;
            }
        }
        return k;
    }

    /** Marks sentences that leave a quotation open, reading quote tokens in article order. */
    static void quotation(List<Sentence> candidates, boolean[] endsInQuote) {
        boolean inside = false;
        for (int i = 0; i < candidates.size(); i++) {
            Sentence s = candidates.get(i);
            List<Token> tokens = s.tokens();
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (t.word().equals("``") || t.word().equals("\u201C")) {
                    inside = true;
                } else if (t.word().equals("''") || t.word().equals("\u201D")) {
                    inside = false;
                } else if (t.word().equals("\"")) {
                    // A straight mark opens at the start or after a space or bracket, and closes elsewhere.
                    Token previous = k == 0 ? null : tokens.get(k - 1);
                    inside = previous == null || previous.normEnd() < t.normStart()
                            || previous.word().equals("(") || previous.word().equals("[");
                }
            }
            endsInQuote[i] = inside;
        }
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
