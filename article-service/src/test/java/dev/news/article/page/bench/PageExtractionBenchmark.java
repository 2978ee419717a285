package dev.news.article.page.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.news.article.page.PageExtractor;
import dev.news.article.page.UnreadablePageException;
import dev.news.article.page.eval.DevPage;
import dev.news.article.page.eval.PageEvaluation;

/**
 * Time to extract one page (decode, parse, metadata, debris, content, paragraphs), single thread, warm: every dev page
 * is extracted {@code -Dbench.warmup=5} times over, then {@code -Dbench.runs=15} times each; a page's time is the
 * median of its runs, and the figures are percentiles over pages. Run by {@code scripts/bench-pages}.
 */
public final class PageExtractionBenchmark {

    private PageExtractionBenchmark() {
    }

    private record Timed(String name, int bytes, double millis) {
    }

    public static void main(String[] args) {
        List<DevPage> pages = DevPage.load(Path.of(args[0]));
        int warmup = Integer.getInteger("bench.warmup", 5);
        int runs = Integer.getInteger("bench.runs", 15);
        PageExtractor extractor = new PageExtractor(PageEvaluation.LIMITS);
        for (int i = 0; i < warmup; i++) {
            pages.forEach(page -> extract(extractor, page));
        }
        List<Timed> timed = new ArrayList<>();
        for (DevPage page : pages) {
            double[] times = new double[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                extract(extractor, page);
                times[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(times);
            timed.add(new Timed(page.name(), page.source().length, times[runs / 2]));
        }
        timed.sort(Comparator.comparingDouble(Timed::millis));
        System.out.printf(Locale.ROOT, "pages %d, warm-up %d passes, %d runs per page (median per page)%n", pages.size(), warmup, runs);
        System.out.printf(Locale.ROOT, "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (%s, %d KB), mean %.1f ms%n",
                percentile(timed, 0.50), percentile(timed, 0.90), percentile(timed, 0.99), timed.get(timed.size() - 1).millis(),
                timed.get(timed.size() - 1).name(), timed.get(timed.size() - 1).bytes() / 1024,
                timed.stream().mapToDouble(Timed::millis).average().orElse(0));
        double bytes = timed.stream().mapToInt(Timed::bytes).sum();
        double millis = timed.stream().mapToDouble(Timed::millis).sum();
        System.out.printf(Locale.ROOT, "throughput %.1f MB/s of page on one thread%n", bytes / 1e6 / (millis / 1e3));
    }

    private static void extract(PageExtractor extractor, DevPage page) {
        try {
            extractor.extract(page.source(), null, page.url());
        } catch (UnreadablePageException e) {
            // a page without article text costs its time all the same
        }
    }

    private static double percentile(List<Timed> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))).millis();
    }
}
