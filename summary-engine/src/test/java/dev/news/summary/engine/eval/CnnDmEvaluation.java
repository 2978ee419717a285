package dev.news.summary.engine.eval;

import dev.news.summary.engine.Document;
import dev.news.summary.engine.Length;
import dev.news.summary.engine.SummaryEngine;
import dev.news.summary.engine.SummarySentence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lead-strong news (cnndm-dev): the engine with three sentences against Lead-3 and TextRank (three best),
 * ROUGE-1/2/L against the highlights and, as the mean of per-reference scores, against every reference of
 * {@code summaries-multi/}; plus how many summaries open with a dangling pronoun or tear a quotation from
 * its speaker.
 */
public final class CnnDmEvaluation {

    private static final Set<String> LEANING_PRONOUNS = Set.of("he", "she", "it", "they", "him", "her", "them",
            "his", "its", "their");
    private static final Pattern FIRST_WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"\u201C\u201D]|``|''");

    private CnnDmEvaluation() {
    }

    /** Prints the section; returns nothing, so that the caller's other sections stay independent. */
    static void run(SummaryEngine engine, Path root, int limit) throws IOException {
        if (!Files.isDirectory(root)) {
            System.out.println("Summaries: " + root.getFileName() + " not found, skipped");
            return;
        }
        List<Path> articles;
        try (Stream<Path> s = Files.list(root.resolve("articles"))) {
            articles = s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        if (limit > 0 && limit < articles.size()) {
            articles = articles.subList(0, limit);
        }
        String[] names = {"engine", "lead-3", "textrank"};
        double[][] highlights = new double[3][3];
        double[][] multi = new double[3][3];
        int count = 0;
        int[] dangling = new int[3];
        int[] torn = new int[3];
        for (Path article : articles) {
            String id = article.getFileName().toString().replace(".txt", "");
            Path summary = root.resolve("summaries").resolve(id + ".txt");
            if (!Files.exists(summary)) {
                continue;
            }
            List<String> references = new ArrayList<>();
            references.add(oneLine(summary));
            List<Path> others;
            try (Stream<Path> s = Files.list(root.resolve("summaries-multi"))) {
                others = s.filter(p -> p.getFileName().toString().startsWith(id + "_")).sorted(Comparator.naturalOrder())
                        .collect(Collectors.toList());
            }
            for (Path p : others) {
                references.add(oneLine(p));
            }
            Document doc = new Document("", Evaluation.read(article).strip(), null);
            List<SummarySentence> all = engine.summary(doc, new Length.Ratio(1.0));
            List<List<SummarySentence>> systems = List.of(engine.summary(doc, new Length.Sentences(3)),
                    all.subList(0, Math.min(3, all.size())), textRankTop(all, 3));
            for (int k = 0; k < 3; k++) {
                List<String> candidate = Evaluation.tokens(join(systems.get(k)));
                add(highlights[k], candidate, references.get(0));
                if (references.size() > 1) {
                    double[] mean = new double[3];
                    for (String r : references.subList(1, references.size())) {
                        add(mean, candidate, r);
                    }
                    for (int m = 0; m < 3; m++) {
                        multi[k][m] += mean[m] / (references.size() - 1);
                    }
                }
                dangling[k] += opensWithDanglingPronoun(systems.get(k)) ? 1 : 0;
                torn[k] += tearsQuotation(systems.get(k), all) ? 1 : 0;
            }
            count++;
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Summaries: cnndm-dev, %d articles, sentences = 3%n", count);
        System.out.println("| system   | highlights R-1 | R-2    | R-L    | all refs R-1 | R-2    | R-L    "
                + "| dangling pronoun | torn quote |");
        System.out.println("|----------|---------------:|-------:|-------:|-------------:|-------:|-------:"
                + "|-----------------:|-----------:|");
        for (int k = 0; k < 3; k++) {
            System.out.printf(Locale.ROOT, "| %-8s | %14.4f | %.4f | %.4f | %12.4f | %.4f | %.4f | %16d | %10d |%n",
                    names[k], highlights[k][0] / count, highlights[k][1] / count, highlights[k][2] / count,
                    multi[k][0] / count, multi[k][1] / count, multi[k][2] / count, dangling[k], torn[k]);
        }
    }

    /** The summary's first sentence is not the article's first and opens with a third-person pronoun. */
    public static boolean opensWithDanglingPronoun(List<SummarySentence> summary) {
        if (summary.isEmpty() || summary.get(0).index() == 0) {
            return false;
        }
        Matcher m = FIRST_WORD.matcher(summary.get(0).text());
        return m.find() && LEANING_PRONOUNS.contains(m.group().toLowerCase(Locale.ROOT));
    }

    /**
     * A summary sentence leaves a quotation open while the next sentence, which closes it and usually names
     * the speaker, was left out. A straight quote mark opens at the start of the text or after a space or
     * bracket and closes elsewhere.
     */
    public static boolean tearsQuotation(List<SummarySentence> summary, List<SummarySentence> article) {
        Set<Integer> picked = summary.stream().map(SummarySentence::index).collect(Collectors.toSet());
        boolean inside = false;
        for (int i = 0; i < article.size(); i++) {
            String text = article.get(i).text();
            Matcher m = QUOTE_MARK.matcher(text);
            while (m.find()) {
                char c = text.charAt(m.start());
                boolean opening = c == '\u201C' || m.group().equals("``")
                        || c == '"' && (m.start() == 0 || " ([".indexOf(text.charAt(m.start() - 1)) >= 0);
                inside = opening;
            }
            if (!picked.contains(article.get(i).index())) {
                continue;
            }
            boolean nextOut = i + 1 < article.size() && !picked.contains(article.get(i + 1).index());
            if (inside && nextOut) {
                return true;
            }
        }
        return false;
    }

    /** Plain TextRank's best n sentences, in article order. */
    static List<SummarySentence> textRankTop(List<SummarySentence> all, int n) {
        double[] rank = Evaluation.textRankScores(all);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rank.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(rank[b], rank[a]));
        List<Integer> top = new ArrayList<>(order.subList(0, Math.min(n, order.size())));
        top.sort(null);
        return top.stream().map(all::get).collect(Collectors.toList());
    }

    private static void add(double[] sum, List<String> candidate, String reference) {
        List<String> r = Evaluation.tokens(reference);
        sum[0] += Evaluation.ngramF1(candidate, r, 1);
        sum[1] += Evaluation.ngramF1(candidate, r, 2);
        sum[2] += Evaluation.lcsF1(candidate, r);
    }

    private static String oneLine(Path file) throws IOException {
        return Evaluation.read(file).strip().replaceAll("\\s*\\n\\s*", " ");
    }

    private static String join(List<SummarySentence> sentences) {
        return sentences.stream().map(SummarySentence::text).collect(Collectors.joining(" "));
    }
}
