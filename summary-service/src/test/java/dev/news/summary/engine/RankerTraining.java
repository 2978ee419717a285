package dev.news.summary.engine;

import dev.news.summary.engine.eval.Evaluation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Trains the sentence model of {@link RankingWeights} on the evaluation folder and prints the coefficients.
 * Within each collection (and BBC category), in file order, every other article is held out and only scored. Parsed articles are
 * cached on disk so that experiments do not run the tagger again. Run by {@code scripts/train-ranker}.
 */
public final class RankerTraining {

    /** One article of either collection, parsed as the summary path parses it. */
    record Article(String collection, String id, boolean heldOut, List<Sentence> sentences, List<Token> title,
                   List<String> references, int wordBudget) {

        boolean leadStrong() {
            return collection.equals("cnndm");
        }

        Length length() {
            return leadStrong() ? new Length.Sentences(3) : new Length.Words(Math.max(1, wordBudget));
        }
    }

    /** An article with its feature vectors and training labels. */
    record Example(Article article, SentenceFeatures.Values values, boolean[] labels) {
    }

    private RankerTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/eval").toAbsolutePath().normalize();
        Path cache = Path.of(System.getProperty("train.cache", "target/ranker-articles.bin.gz"));
        List<Article> articles = split(Files.exists(cache) ? readCache(cache) : parseAll(folder, cache));
        SentenceFeatures features = new SentenceFeatures(new StopWords());
        List<Example> examples = new ArrayList<>();
        for (Article a : articles) {
            examples.add(new Example(a, features.compute(a.sentences(), a.title()), labels(a)));
        }
        List<Example> train = examples.stream().filter(e -> !e.article().heldOut()).toList();
        List<Example> test = examples.stream().filter(e -> e.article().heldOut()).toList();
        System.out.printf(Locale.ROOT, "%d articles for training, %d held out%n", train.size(), test.size());

        double[] trained = LogisticRegression.fit(train, Double.parseDouble(System.getProperty("train.l2", "0.001")));
        report("fixed weights (before)", RankingWeights.defaults().coefficients(), train, test);
        report("logistic regression", trained, train, test);
        baselines(test);
        System.out.println();
        for (SentenceFeatures.Feature f : SentenceFeatures.Feature.values()) {
            System.out.printf(Locale.ROOT, "%-20s %9.4f%n", f, trained[f.ordinal()]);
        }
    }

    static void report(String name, double[] coefficients, List<Example> train, List<Example> test) {
        System.out.println();
        System.out.println(name);
        for (String collection : List.of("bbc", "cnndm")) {
            double[] tr = score(coefficients, train, collection);
            double[] te = score(coefficients, test, collection);
            System.out.printf(Locale.ROOT, "  %-6s train R1/R2/RL %.4f %.4f %.4f | held-out %.4f %.4f %.4f%n",
                    collection, tr[0], tr[1], tr[2], te[0], te[1], te[2]);
        }
    }

    /** Mean ROUGE-1/2/L F1 of the engine's selection against the first reference. */
    static double[] score(double[] coefficients, List<Example> examples, String collection) {
        SummarySelector selector = new SummarySelector(0.75);
        double[] sum = new double[3];
        int count = 0;
        for (Example e : examples) {
            if (!e.article().collection().equals(collection)) {
                continue;
            }
            SentenceRanker.Ranking ranking = SentenceRanker.rank(e.values(), coefficients);
            List<SummarySentence> picked = selector.select(e.article().sentences(), ranking, e.article().length());
            String text = picked.stream().map(SummarySentence::text).collect(Collectors.joining(" "));
            add(sum, text, e.article().references().get(0));
            count++;
        }
        for (int k = 0; k < 3; k++) {
            sum[k] /= Math.max(1, count);
        }
        return sum;
    }

    private static void add(double[] sum, String text, String reference) {
        List<String> c = Evaluation.tokens(text);
        List<String> r = Evaluation.tokens(reference);
        sum[0] += Evaluation.ngramF1(c, r, 1);
        sum[1] += Evaluation.ngramF1(c, r, 2);
        sum[2] += Evaluation.lcsF1(c, r);
    }

    static void baselines(List<Example> test) {
        double[] bbcLead = new double[3];
        double[] bbcTextRank = new double[3];
        double[] cnnLead = new double[3];
        double[] cnnTextRank = new double[3];
        int bbc = 0;
        int cnn = 0;
        for (Example e : test) {
            List<SummarySentence> all = e.article().sentences().stream()
                    .map(s -> new SummarySentence(s.index(), s.text(), 0, 0, 0.0)).toList();
            String reference = e.article().references().get(0);
            if (e.article().leadStrong()) {
                cnn++;
                add(cnnLead, all.stream().limit(3).map(SummarySentence::text).collect(Collectors.joining(" ")),
                        reference);
                double[] r = Evaluation.textRankScores(all);
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < r.length; i++) {
                    order.add(i);
                }
                order.sort((a, b) -> Double.compare(r[b], r[a]));
                List<Integer> top = new ArrayList<>(order.subList(0, Math.min(3, order.size())));
                top.sort(null);
                add(cnnTextRank, top.stream().map(i -> all.get(i).text()).collect(Collectors.joining(" ")),
                        reference);
            } else {
                bbc++;
                add(bbcLead, Evaluation.lead(all, e.article().wordBudget()), reference);
                add(bbcTextRank, Evaluation.textRank(all, e.article().wordBudget()), reference);
            }
        }
        System.out.println();
        System.out.println("baselines, held-out");
        print("bbc lead", bbcLead, bbc);
        print("bbc textrank", bbcTextRank, bbc);
        print("cnndm lead-3", cnnLead, cnn);
        print("cnndm textrank", cnnTextRank, cnn);
    }

    private static void print(String name, double[] sum, int count) {
        System.out.printf(Locale.ROOT, "  %-15s %.4f %.4f %.4f%n", name, sum[0] / count, sum[1] / count,
                sum[2] / count);
    }

    /**
     * Sentences of the reference: for the BBC set, whose references are copied sentences, those found in it;
     * for lead-strong news, the greedy oracle (add the sentence that most raises ROUGE-1 + ROUGE-2 against the
     * highlights, at most three, while it helps).
     */
    static boolean[] labels(Article a) {
        int n = a.sentences().size();
        boolean[] labels = new boolean[n];
        List<String> reference = Evaluation.tokens(a.references().get(0));
        if (!a.leadStrong()) {
            String joined = " " + String.join(" ", reference) + " ";
            for (int i = 0; i < n; i++) {
                List<String> t = Evaluation.tokens(a.sentences().get(i).text());
                labels[i] = !t.isEmpty() && joined.contains(" " + String.join(" ", t) + " ");
            }
            return labels;
        }
        List<String> chosen = new ArrayList<>();
        double best = 0.0;
        for (int round = 0; round < 3; round++) {
            int pick = -1;
            for (int i = 0; i < n; i++) {
                if (labels[i]) {
                    continue;
                }
                List<String> candidate = new ArrayList<>(chosen);
                candidate.addAll(Evaluation.tokens(a.sentences().get(i).text()));
                double value = Evaluation.ngramF1(candidate, reference, 1) + Evaluation.ngramF1(candidate, reference, 2);
                if (value > best) {
                    best = value;
                    pick = i;
                }
            }
            if (pick < 0) {
                break;
            }
            labels[pick] = true;
            chosen.addAll(Evaluation.tokens(a.sentences().get(pick).text()));
        }
        return labels;
    }

    /** Logistic regression by batch gradient descent with L2; each collection weighs half. */
    static final class LogisticRegression {

        private LogisticRegression() {
        }

        static double[] fit(List<Example> examples, double l2) {
            int bbc = 0;
            int cnn = 0;
            for (Example e : examples) {
                if (e.article().leadStrong()) {
                    cnn += e.labels().length;
                } else {
                    bbc += e.labels().length;
                }
            }
            double[] w = new double[SentenceFeatures.SIZE];
            double rate = 2.0;
            for (int iteration = 0; iteration < 3000; iteration++) {
                double[] gradient = new double[w.length];
                for (Example e : examples) {
                    double weight = 0.5 / (e.article().leadStrong() ? cnn : bbc);
                    double[][] x = e.values().vectors();
                    for (int i = 0; i < x.length; i++) {
                        double error = SentenceRanker.probability(x[i], w) - (e.labels()[i] ? 1.0 : 0.0);
                        for (int k = 0; k < w.length; k++) {
                            gradient[k] += weight * error * x[i][k];
                        }
                    }
                }
                for (int k = 0; k < w.length; k++) {
                    w[k] -= rate * (gradient[k] + (k == 0 ? 0.0 : l2 * w[k]));
                }
            }
            return w;
        }
    }

    private static List<Article> parseAll(Path folder, Path cache) throws IOException {
        System.out.println("parsing the articles once; cached in " + cache);
        SummaryEngine engine = SummaryEngine.create();
        List<Article> out = new ArrayList<>();
        Path bbc = folder.resolve("bbc-news-summary");
        List<Path> files;
        try (Stream<Path> s = Files.walk(bbc.resolve("articles"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            Path summary = bbc.resolve("summaries").resolve(bbc.resolve("articles").relativize(file));
            if (!Files.exists(summary)) {
                continue;
            }
            String raw = Evaluation.read(file);
            int firstBreak = raw.indexOf('\n');
            String title = firstBreak < 0 ? "" : raw.substring(0, firstBreak).strip();
            String body = firstBreak < 0 ? raw : raw.substring(firstBreak + 1).strip();
            String reference = Evaluation.read(summary).strip();
            String id = bbc.resolve("articles").relativize(file).toString();
            out.add(parse(engine, "bbc", id, title, body, List.of(reference), Evaluation.referenceWords(reference)));
        }
        Path cnn = folder.resolve("cnndm-dev");
        try (Stream<Path> s = Files.list(cnn.resolve("articles"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            String id = file.getFileName().toString().replace(".txt", "");
            List<String> references = new ArrayList<>();
            references.add(highlights(cnn.resolve("summaries").resolve(id + ".txt")));
            for (int k = 0; k < 100; k++) {
                Path multi = cnn.resolve("summaries-multi").resolve(String.format(Locale.ROOT, "%s_%02d.txt", id, k));
                if (!Files.exists(multi)) {
                    break;
                }
                references.add(highlights(multi));
            }
            out.add(parse(engine, "cnndm", id, "", Evaluation.read(file).strip(), references, 0));
        }
        write(cache, out);
        return out;
    }

    /** A reference with one sentence per line, as one text. */
    static String highlights(Path file) throws IOException {
        return Evaluation.read(file).strip().replaceAll("\\s*\\n\\s*", " ");
    }

    private static Article parse(SummaryEngine engine, String collection, String id, String title, String body,
                                 List<String> references, int budget) {
        ParsedArticle parsed = engine.parseForSummary(new Document(title, body, null));
        return new Article(collection, id, false, SummaryEngine.candidates(parsed), parsed.title(), references,
                budget);
    }

    /** Holds out the second, fourth, ... article of each BBC category and of the lead-strong set. */
    static List<Article> split(List<Article> articles) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        List<Article> out = new ArrayList<>();
        for (Article a : articles) {
            String group = a.collection() + "/" + (a.id().contains("/") ? a.id().substring(0, a.id().indexOf('/')) : "");
            int position = seen.merge(group, 1, Integer::sum);
            out.add(new Article(a.collection(), a.id(), position % 2 == 0, a.sentences(), a.title(), a.references(),
                    a.wordBudget()));
        }
        return out;
    }

    private static void write(Path cache, List<Article> articles) throws IOException {
        Files.createDirectories(cache.toAbsolutePath().getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new GZIPOutputStream(Files.newOutputStream(cache))))) {
            out.writeInt(articles.size());
            for (Article a : articles) {
                out.writeUTF(a.collection());
                out.writeUTF(a.id());
                out.writeBoolean(a.heldOut());
                out.writeInt(a.wordBudget());
                out.writeInt(a.references().size());
                for (String r : a.references()) {
                    out.writeUTF(r);
                }
                writeTokens(out, a.title());
                out.writeInt(a.sentences().size());
                for (Sentence s : a.sentences()) {
                    out.writeInt(s.index());
                    out.writeInt(s.paragraph());
                    out.writeUTF(s.text());
                    writeTokens(out, s.tokens());
                }
            }
        }
    }

    private static void writeTokens(DataOutputStream out, List<Token> tokens) throws IOException {
        out.writeInt(tokens.size());
        for (Token t : tokens) {
            out.writeUTF(t.word());
            out.writeUTF(t.lemma());
            out.writeUTF(t.pos());
        }
    }

    private static List<Article> readCache(Path cache) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new GZIPInputStream(Files.newInputStream(cache))))) {
            int count = in.readInt();
            List<Article> out = new ArrayList<>(count);
            for (int a = 0; a < count; a++) {
                String collection = in.readUTF();
                String id = in.readUTF();
                boolean heldOut = in.readBoolean();
                int budget = in.readInt();
                List<String> references = new ArrayList<>();
                int refs = in.readInt();
                for (int r = 0; r < refs; r++) {
                    references.add(in.readUTF());
                }
                List<Token> title = readTokens(in);
                int sentences = in.readInt();
                List<Sentence> list = new ArrayList<>(sentences);
                for (int s = 0; s < sentences; s++) {
                    int index = in.readInt();
                    int paragraph = in.readInt();
                    String text = in.readUTF();
                    list.add(new Sentence(index, paragraph, text, 0, text.length(), readTokens(in)));
                }
                out.add(new Article(collection, id, heldOut, list, title, references, budget));
            }
            return out;
        }
    }

    private static List<Token> readTokens(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Token> tokens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tokens.add(new Token(in.readUTF(), in.readUTF(), in.readUTF(), "O", null, 0, 0, 0, 0));
        }
        return tokens;
    }
}
