package dev.news.article.page.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import dev.news.article.page.ExtractedPage;
import dev.news.article.page.PageExtractor;
import dev.news.article.page.UnreadablePageException;

/**
 * Measures the service's page extraction on the dev pages: body F1 against Readability.js, and metadata agreement.
 * Run by {@code scripts/evaluate-pages}; {@code -Deval.verbose=true} prints each page's scores.
 */
public final class PageEvaluation {

    /** The service's defaults. */
    public static final PageExtractor.Limits LIMITS = new PageExtractor.Limits(200_000, 100, 25);
    private static final PageExtractor EXTRACTOR = new PageExtractor(LIMITS);

    private PageEvaluation() {
    }

    public static void main(String[] args) {
        List<DevPage> pages = DevPage.load(Path.of(args[0]));
        boolean verbose = Boolean.getBoolean("eval.verbose");
        ShingleScore body = new ShingleScore();
        MetadataAgreement meta = new MetadataAgreement();
        int refused = 0;
        for (DevPage page : pages) {
            Extracted found;
            try {
                found = ours(page);
            } catch (UnreadablePageException e) {
                refused++;
                found = new Extracted(null, null, null, null, "");
                if (verbose) {
                    System.out.println("refused " + page.name() + ": " + e.getMessage());
                }
            }
            ShingleScore.Counts counts = body.add(page.expectedText(), found.text());
            meta.add(page.expected(), found);
            if (verbose) {
                System.out.printf(Locale.ROOT, "%-45s P %.3f R %.3f F1 %.3f | title %s | by %s / %s | time %s / %s%n", page.name(),
                        counts.precision(), counts.recall(), counts.f1(),
                        MetadataAgreement.sameTokens(page.expected().title(), found.title(), false) ? "ok" : found.title() + " / " + page.expected().title(),
                        found.byline(), page.expected().byline(), found.publishedTime(), page.expected().publishedTime());
            }
        }
        System.out.printf(Locale.ROOT, "pages %d, refused %d%n", pages.size(), refused);
        System.out.printf(Locale.ROOT, "body: P %.3f R %.3f F1 %.3f%n", body.precision(), body.recall(), body.f1());
        System.out.printf(Locale.ROOT, "agreement: title %.2f, byline %.2f, published %.2f, lang %.2f%n", meta.title(), meta.byline(),
                meta.published(), meta.lang());
        System.out.println("where Readability.js found one (title, byline, published, lang): " + meta.whereGiven());
    }

    /** Our extractor's result in the terms of the comparison. */
    public static Extracted ours(DevPage page) {
        ExtractedPage found = EXTRACTOR.extract(page.source(), null, page.url());
        return new Extracted(found.title(), found.authors().isEmpty() ? null : String.join(", ", found.authors()),
                found.publishedAt() == null ? null : found.publishedAt().toString(), found.language(), found.body());
    }
}
