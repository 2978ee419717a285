package dev.news.summary.engine;

import dev.news.summary.engine.eval.CnnDmEvaluation;
import dev.news.summary.engine.eval.Evaluation;
import dev.news.summary.engine.rank.RankingWeights;
import dev.news.summary.engine.rank.SentenceFeatures;
import dev.news.summary.engine.rank.SentenceRanker;
import dev.news.summary.engine.rank.SummarySelector;
import dev.news.summary.engine.text.ParsedArticle;
import dev.news.summary.engine.text.Sentence;
import dev.news.summary.engine.text.StopWords;
import dev.news.summary.engine.text.Token;

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

    /** Whether the selector keeps sentences with what they lean on (as the engine does). */
    private static final boolean KEEP_CONTEXT = !"false".equals(System.getProperty("train.context"));

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
        if (Boolean.getBoolean("train.labels")) {
            int[] hist = new int[12];
            for (Example e : train) {
                if (!e.article().leadStrong()) {
                    int n = e.article().sentences().size();
                    int words = e.article().sentences().stream().mapToInt(Sentence::wordCount).sum();
                    hist[(int) Math.min(11, Math.round(e.article().wordBudget() / (words / (double) n)))]++;
                }
            }
            System.out.println("bbc summary sentences " + java.util.Arrays.toString(hist));
            for (String c : List.of("bbc", "cnndm")) {
                int[] byPosition = new int[8];
                int sentences = 0;
                int positives = 0;
                int docs = 0;
                for (Example e : train) {
                    if (!e.article().collection().equals(c)) {
                        continue;
                    }
                    docs++;
                    sentences += e.labels().length;
                    for (int i = 0; i < e.labels().length; i++) {
                        if (e.labels()[i]) {
                            positives++;
                            byPosition[Math.min(7, i)]++;
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "%s: %d docs, %d sentences, %d positives, by position %s%n", c, docs,
                        sentences, positives, java.util.Arrays.toString(byPosition));
            }
        }

        double lambda = Double.parseDouble(System.getProperty("train.lambda", "0.75"));
        double l2 = Double.parseDouble(System.getProperty("train.l2", "0.01"));
        RankingWeights before = new RankingWeights(FIXED, FIXED);
        report("fixed weights of 1.1.0 (before)", before, train, test, lambda);

        // Brief summaries: the per-article softmax on the lead-strong articles' oracle sentences.
        List<Example> brief = train.stream().filter(e -> briefness(e) > 0.5).toList();
        double[] briefWeights = ListwiseModel.fit(brief, l2, Integer.getInteger("train.iterations", 2000));
        report("brief: listwise model, long: fixed", new RankingWeights(briefWeights, FIXED), train, test, lambda);
        // Long summaries: coordinate ascent on ROUGE-2 of the BBC training half, from the fixed weights.
        List<Example> full = train.stream().filter(e -> briefness(e) <= 0.5).toList();
        // -Dtrain.keepLong=true keeps the shipped long model and retrains only the brief one (after a change that
        // concerns what brief summaries are made of, such as the sentence splitting of scraped pages).
        boolean keepLong = Boolean.getBoolean("train.keepLong");
        double[] fullWeights = keepLong ? RankingWeights.trained().full() : search(FIXED, full, lambda);
        report("brief: listwise model, long: " + (keepLong ? "shipped" : "coordinate ascent"),
                new RankingWeights(briefWeights, fullWeights), train, test, lambda);
        if (Boolean.getBoolean("train.experiments")) {
            double[] leadStart = FIXED.clone();
            leadStart[SentenceFeatures.Feature.LEAD.ordinal()] = 4.0;
            RankingWeights leadOnly = new RankingWeights(leadStart, fullWeights);
            report("brief: lead-heavy start (lead 4.0), long: coordinate ascent", leadOnly, train, test, lambda);
            double[] fromListwise = search(briefWeights, brief, lambda);
            double[] fromLead = search(leadStart, brief, lambda);
            report("brief: listwise + coordinate ascent", new RankingWeights(fromListwise, fullWeights), train, test,
                    lambda);
            report("brief: lead-heavy + coordinate ascent", new RankingWeights(fromLead, fullWeights), train, test,
                    lambda);
            System.out.printf(Locale.ROOT, "train objective: listwise start %.4f, lead-heavy start %.4f%n",
                    objective(fromListwise, brief, lambda), objective(fromLead, brief, lambda));
        }
        double[] centroid = centroid(brief);
        double[] bestBrief = null;
        double bestObjective = Double.NEGATIVE_INFINITY;
        for (double scale : new double[] {0, 10, 20, 40, 80}) {
            double[] c = LEAD_PRIOR.clone();
            for (int k = 0; k < c.length; k++) {
                c[k] += scale * centroid[k];
            }
            double value = objective(c, brief, lambda);
            report(String.format(Locale.ROOT, "brief: lead prior + %.0f x centroid (train objective %.4f)", scale,
                    value), new RankingWeights(c, fullWeights), train, test, lambda);
            if (value > bestObjective) {
                bestObjective = value;
                bestBrief = c;
            }
        }
        briefWeights = bestBrief;
        report("chosen: brief = lead prior + centroid (best training objective), long = "
                + (keepLong ? "shipped" : "coordinate ascent"),
                new RankingWeights(briefWeights, fullWeights), train, test, lambda);
        baselines(test);
        System.out.println();
        StringBuilder file = new StringBuilder("# Written by scripts/train-ranker: coefficients of the sentence model\n"
                + "# (brief.* for summaries of up to three sentences, long.* from four on, blended between).\n");
        for (SentenceFeatures.Feature f : SentenceFeatures.Feature.values()) {
            file.append(String.format(Locale.ROOT, "brief.%s=%.4f%n", f, briefWeights[f.ordinal()]));
        }
        for (SentenceFeatures.Feature f : SentenceFeatures.Feature.values()) {
            file.append(String.format(Locale.ROOT, "long.%s=%.4f%n", f, fullWeights[f.ordinal()]));
        }
        System.out.print(file);
        String output = System.getProperty("train.output", "");
        if (!output.isEmpty()) {
            Files.writeString(Path.of(output), file);
            System.out.println("written to " + output);
        }
    }

    /** The weights of engine 1.1.0: centrality 0.55, lead 0.30, title 0.15 (scaled), short sentences halved. */
    private static final double[] FIXED = fixed();

    private static double[] fixed() {
        double[] c = new double[SentenceFeatures.SIZE];
        c[SentenceFeatures.Feature.CENTRALITY.ordinal()] = 2.2;
        c[SentenceFeatures.Feature.LEAD.ordinal()] = 1.2;
        c[SentenceFeatures.Feature.TITLE.ordinal()] = 0.6;
        c[SentenceFeatures.Feature.SHORT.ordinal()] = -1.0;
        return c;
    }

    /** Per article, mean features of the oracle sentences minus mean features of all; averaged over articles. */
    static double[] centroid(List<Example> examples) {
        double[] w = new double[SentenceFeatures.SIZE];
        for (Example e : examples) {
            double[][] x = e.values().vectors();
            int positives = 0;
            for (boolean b : e.labels()) {
                positives += b ? 1 : 0;
            }
            if (positives == 0) {
                continue;
            }
            for (int i = 0; i < x.length; i++) {
                for (int k = 0; k < w.length; k++) {
                    w[k] += ((e.labels()[i] ? 1.0 / positives : 0.0) - 1.0 / x.length) * x[i][k] / examples.size();
                }
            }
        }
        return w;
    }

    /** Position alone: the first sentence, then the second and third, then a slow decay. */
    private static final double[] LEAD_PRIOR = leadPrior();

    private static double[] leadPrior() {
        double[] c = new double[SentenceFeatures.SIZE];
        c[SentenceFeatures.Feature.FIRST.ordinal()] = 2.0;
        c[SentenceFeatures.Feature.SECOND_OR_THIRD.ordinal()] = 1.0;
        c[SentenceFeatures.Feature.LEAD.ordinal()] = 2.0;
        return c;
    }

    static double briefness(Example e) {
        return SentenceRanker.briefness(e.article().sentences(), e.article().length());
    }

    static void report(String name, RankingWeights coefficients, List<Example> train, List<Example> test,
                       double lambda) {
        System.out.println();
        System.out.println(name);
        for (String collection : List.of("bbc", "cnndm")) {
            double[] tr = score(coefficients, train, collection, lambda);
            double[] te = score(coefficients, test, collection, lambda);
            System.out.printf(Locale.ROOT, "  %-6s train R1/R2/RL %.4f %.4f %.4f | held-out %.4f %.4f %.4f"
                    + " | held-out dangling pronoun %.0f, torn quote %.0f%n",
                    collection, tr[0], tr[1], tr[2], te[0], te[1], te[2], te[3], te[4]);
        }
    }

    /** Mean ROUGE-1/2/L F1 of the engine's selection against the first reference. */
    static double[] score(RankingWeights weights, List<Example> examples, String collection, double lambda) {
        SummarySelector selector = new SummarySelector(lambda, KEEP_CONTEXT);
        double[] sum = new double[5];
        int count = 0;
        for (Example e : examples) {
            if (!e.article().collection().equals(collection)) {
                continue;
            }
            SentenceRanker.Ranking ranking = SentenceRanker.rank(e.values(), weights.blend(briefness(e)));
            List<SummarySentence> picked = selector.select(e.article().sentences(), ranking, e.article().length());
            String text = picked.stream().map(SummarySentence::text).collect(Collectors.joining(" "));
            add(sum, text, e.article().references().get(0));
            List<SummarySentence> all = e.article().sentences().stream()
                    .map(s -> new SummarySentence(s.index(), s.text(), 0, 0, 0.0)).toList();
            sum[3] += CnnDmEvaluation.opensWithDanglingPronoun(picked) ? 1 : 0;
            sum[4] += CnnDmEvaluation.tearsQuotation(picked, all) ? 1 : 0;
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

    /**
     * Per-article softmax over sentences (a conditional logit), fitted by batch gradient descent with L2:
     * the model learns which sentences of an article make its summary, not how many.
     */
    static final class ListwiseModel {

        private ListwiseModel() {
        }

        static double[] fit(List<Example> examples, double l2, int iterations) {
            double[] w = new double[SentenceFeatures.SIZE];
            double rate = 2.0;
            for (int iteration = 0; iteration < iterations; iteration++) {
                double[] gradient = new double[w.length];
                for (Example e : examples) {
                    int positives = 0;
                    for (boolean b : e.labels()) {
                        positives += b ? 1 : 0;
                    }
                    if (positives == 0) {
                        continue;
                    }
                    double weight = 1.0 / examples.size();
                    double[][] x = e.values().vectors();
                    double[] p = new double[x.length];
                    double max = Double.NEGATIVE_INFINITY;
                    for (int i = 0; i < x.length; i++) {
                        p[i] = SentenceRanker.logit(x[i], w);
                        max = Math.max(max, p[i]);
                    }
                    for (int i = 0; i < x.length; i++) {
                        p[i] = Math.exp(p[i] - max);
                    }
                    double total = 0.0;
                    for (double v : p) {
                        total += v;
                    }
                    for (int i = 0; i < x.length; i++) {
                        double error = p[i] / total - (e.labels()[i] ? 1.0 / positives : 0.0);
                        for (int k = 0; k < w.length; k++) {
                            gradient[k] += weight * error * x[i][k];
                        }
                    }
                }
                for (int k = 0; k < w.length; k++) {
                    w[k] -= rate * (gradient[k] + l2 * w[k]);
                }
            }
            return w;
        }
    }

    /**
     * Coordinate ascent on the given articles' mean ROUGE-2 (per collection, summed): each
     * coefficient in turn moves by a step while that helps; the step halves when no coefficient moves.
     */
    static double[] search(double[] start, List<Example> train, double lambda) {
        double[] w = start.clone();
        double best = objective(w, train, lambda);
        double step = 0.5;
        while (step > 0.03) {
            boolean moved = false;
            for (int k = 1; k < w.length; k++) {
                for (double direction : new double[] {step, -step}) {
                    double[] trial = w.clone();
                    trial[k] += direction;
                    double value = objective(trial, train, lambda);
                    if (value > best + 1e-5) {
                        best = value;
                        w = trial;
                        moved = true;
                        break;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "  search step %.3f objective %.4f%n", step, best);
            if (!moved) {
                step /= 2;
            }
        }
        return w;
    }

    static double objective(double[] w, List<Example> train, double lambda) {
        RankingWeights both = new RankingWeights(w, w);
        return score(both, train, "bbc", lambda)[1] + score(both, train, "cnndm", lambda)[1];
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
            out.writeInt(t.normStart());
            out.writeInt(t.normEnd());
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
            String word = in.readUTF();
            String lemma = in.readUTF();
            String pos = in.readUTF();
            int start = in.readInt();
            int end = in.readInt();
            tokens.add(new Token(word, lemma, pos, "O", null, start, end, start, end));
        }
        return tokens;
    }
}
