package dev.news.article.page.eval.libraries;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import de.l3s.boilerpipe.extractors.DefaultExtractor;
import dev.news.article.page.PageDecoder;
import dev.news.article.page.eval.DevPage;
import dev.news.article.page.eval.Extracted;
import dev.news.article.page.eval.MetadataAgreement;
import dev.news.article.page.eval.PageEvaluation;
import dev.news.article.page.eval.ShingleScore;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.extended.Readability4JExtended;

/**
 * Measures the Java extraction libraries from Maven Central, and ours, on the dev pages: body F1 against Readability.js
 * and metadata agreement, one table row each. Run by {@code scripts/evaluate-pages --libraries}.
 */
public final class LibraryComparison {

    private LibraryComparison() {
    }

    public static void main(String[] args) {
        List<DevPage> pages = DevPage.load(Path.of(args[0]));
        Map<String, Function<DevPage, Extracted>> extractors = new LinkedHashMap<>();
        extractors.put("all <p> text (jsoup only)", LibraryComparison::paragraphs);
        extractors.put("Readability4J 1.0.8", page -> readability(page, false));
        extractors.put("Readability4J 1.0.8 (extended)", page -> readability(page, true));
        extractors.put("boilerpipe 1.2.2 ArticleExtractor", page -> boilerpipe(page, true));
        extractors.put("boilerpipe 1.2.2 DefaultExtractor", page -> boilerpipe(page, false));
        extractors.put("ours (PageExtractor: Readability4J + our metadata and debris filter)", PageEvaluation::ours);
        System.out.println("| extractor | body P | body R | body F1 | title | byline | published | lang | where given | failed | ms/page |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        extractors.forEach((name, extractor) -> row(name, extractor, pages));
    }

    private static void row(String name, Function<DevPage, Extracted> extractor, List<DevPage> pages) {
        ShingleScore body = new ShingleScore();
        MetadataAgreement meta = new MetadataAgreement();
        List<String> failed = new ArrayList<>();
        long start = System.nanoTime();
        for (DevPage page : pages) {
            Extracted found;
            try {
                found = extractor.apply(page);
            } catch (RuntimeException | StackOverflowError e) {
                failed.add(page.name());
                found = new Extracted(null, null, null, null, "");
            }
            body.add(page.expectedText(), found.text());
            meta.add(page.expected(), found);
        }
        double millis = (System.nanoTime() - start) / 1e6 / pages.size();
        System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.2f | %.2f | %.2f | %.2f | %s | %d | %.1f |%n", name,
                body.precision(), body.recall(), body.f1(), meta.title(), meta.byline(), meta.published(), meta.lang(),
                meta.whereGiven(), failed.size(), millis);
    }

    private static String decoded(DevPage page) {
        return PageDecoder.decode(page.source(), null).text();
    }

    private static Extracted paragraphs(DevPage page) {
        Document doc = Jsoup.parse(decoded(page), page.url());
        return new Extracted(doc.title(), null, null, doc.selectFirst("html").attr("lang"), doc.select("p").eachText().stream()
                .reduce("", (a, b) -> a + "\n\n" + b));
    }

    private static Extracted readability(DevPage page, boolean extended) {
        String html = decoded(page);
        Readability4J readability = extended ? new Readability4JExtended(page.url(), html) : new Readability4J(page.url(), html);
        net.dankito.readability4j.Article article = readability.parse();
        String lang = Jsoup.parse(html).selectFirst("html").attr("lang");
        return new Extracted(article.getTitle(), article.getByline(), null, lang, article.getTextContent());
    }

    private static Extracted boilerpipe(DevPage page, boolean article) {
        try {
            String html = decoded(page);
            String text = article ? ArticleExtractor.INSTANCE.getText(html) : DefaultExtractor.INSTANCE.getText(html);
            return new Extracted(Jsoup.parse(html).title(), null, null, null, text);
        } catch (de.l3s.boilerpipe.BoilerpipeProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
