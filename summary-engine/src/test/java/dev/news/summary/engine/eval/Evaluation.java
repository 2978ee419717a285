package dev.news.summary.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.news.summary.engine.DateFact;
import dev.news.summary.engine.Document;
import dev.news.summary.engine.Facts;
import dev.news.summary.engine.Length;
import dev.news.summary.engine.SummaryEngine;
import dev.news.summary.engine.SummarySentence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Measures the engine on the evaluation folder exactly as its README describes: ROUGE-1/2/L F1 under a
 * per-article word budget against the lead and a plain TextRank baseline, precision@1 of participant,
 * venue and date on the 5W1H gold standard, and a count of summaries containing page debris.
 */
public final class Evaluation {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Reference summaries glue sentences together ("rose.The"); a space restores the word boundary. */
    private static final Pattern GLUED = Pattern.compile("([.!?][\"']?)(?=[\\p{Lu}\"])");
    static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "in", "at", "on", "and", "or",
            "to", "for", "by", "with", "from", "near", "s", "de", "la", "le", "his", "her", "their", "its", "mr",
            "mrs", "ms", "dr", "inside", "outside", "around", "about", "this", "that");
    /** Independent of the engine's filter on purpose: plain boilerplate markers a reader would flag. */
    private static final Pattern DEBRIS = Pattern.compile("(?i)newsletter|^sign up|sign up (?:for|to) our"
            + "|^subscribe\\b|getty|shutterstock|\\bphoto:|\\(photo|picture:|image copyright|image caption|skip ad"
            + "|share this|read more|related:|pic\\.twitter\\.com|\\(@\\w+\\)|cookies (?:policy|settings)"
            + "|^advertisement|click here|follow us on|all rights reserved|(?-i:\\w/(?:PA|AP|AFP|EPA|Reuters)\\b)"
            + "|\\b\\d{1,2}/\\d{1,2}\\b.*\\b\\d{1,2}/\\d{1,2}\\b|show all|https?://|\\bwww\\."
            // Debris glued into a sentence: sign-up forms, captions, share buttons, player controls, credits, counters.
            + "|\\+ ?subscribe|subscribe (?:now|today|here)|for subscribing|\\binbox\\b|\\bcaption\\b|opens in (?:a )?new"
            + "|click to|\\bembed\\b|loading\\.\\.\\.|\\(photo:|^\\((?-i:\\p{Lu})[^()]{0,40}\\)"
            + "|(?-i:\\(\\p{Lu}[^()]{0,40}/\\p{Lu}[^()]{0,40}\\)|^[A-Z]{2,}\\s\\d{1,2}\\s[A-Z])");

    private Evaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/eval").toAbsolutePath().normalize();
        int limit = Integer.parseInt(System.getProperty("eval.limit", "0"));
        String only = System.getProperty("eval.only", "");
        System.out.println("Evaluation of " + SummaryEngine.NAME + " " + SummaryEngine.VERSION + " on " + folder);
        long t0 = System.nanoTime();
        SummaryEngine engine = SummaryEngine.create();
        System.out.printf(Locale.ROOT, "engine loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        List<String> debrisHits = new ArrayList<>();
        int summariesChecked = 0;
        int summariesWithDebris = 0;
        if (only.isEmpty() || only.equals("bbc")) {
            Rouge[] scores = summaries(engine, folder.resolve("bbc-news-summary"), limit, debrisHits);
            summariesChecked += scores[0].count;
            summariesWithDebris += scores[3].count;
            System.out.println();
            System.out.printf(Locale.ROOT, "Summaries: bbc-news-summary, %d articles, budget = reference word count%n",
                    scores[0].count);
            System.out.println("| system   | ROUGE-1 F1 | ROUGE-2 F1 | ROUGE-L F1 |");
            System.out.println("|----------|-----------:|-----------:|-----------:|");
            String[] names = {"engine", "lead", "textrank"};
            for (int i = 0; i < 3; i++) {
                System.out.printf(Locale.ROOT, "| %-8s | %10.4f | %10.4f | %10.4f |%n", names[i], scores[i].r1(),
                        scores[i].r2(), scores[i].rl());
            }
            System.out.printf(Locale.ROOT, "engine summaries opening with a dangling pronoun: %d, tearing a quotation: %d%n",
                    scores[4].count, scores[5].count);
        }
        if (only.isEmpty() || only.equals("cnndm")) {
            CnnDmEvaluation.run(engine, folder.resolve("cnndm-dev"), limit);
        }
        if (only.isEmpty() || only.equals("keyfacts")) {
            KeyFactsEvaluation.print(KeyFactsEvaluation.run(engine, folder));
        }
        if (only.isEmpty() || only.equals("gold")) {
            int[] gold = facts(engine, folder.resolve("giveme5w1h-gold"), debrisHits);
            summariesChecked += gold[6];
            summariesWithDebris += gold[7];
            System.out.println();
            System.out.println("Facts: giveme5w1h-gold");
            System.out.println("| measure              | correct | articles | P@1    |");
            System.out.println("|----------------------|--------:|---------:|-------:|");
            String[] names = {"participant (who)", "venue (where)", "date (when)"};
            for (int i = 0; i < 3; i++) {
                System.out.printf(Locale.ROOT, "| %-20s | %7d | %8d | %.4f |%n", names[i], gold[2 * i],
                        gold[2 * i + 1], gold[2 * i + 1] == 0 ? 0.0 : gold[2 * i] / (double) gold[2 * i + 1]);
            }
            System.out.printf(Locale.ROOT, "| %-20s | %7d | %8d | %.4f |%n", "where, venue itself", gold[8], gold[3],
                    gold[3] == 0 ? 0.0 : gold[8] / (double) gold[3]);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Debris: %d of %d summaries contain page debris%n", summariesWithDebris,
                summariesChecked);
        debrisHits.stream().limit(30).forEach(h -> System.out.println("  debris: " + h));
        System.out.printf(Locale.ROOT, "total time %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** Mean ROUGE of one system; the fourth slot only counts summaries with debris. */
    private static final class Rouge {
        double r1;
        double r2;
        double rl;
        int count;

        void add(List<String> candidate, List<String> reference) {
            r1 += ngramF1(candidate, reference, 1);
            r2 += ngramF1(candidate, reference, 2);
            rl += lcsF1(candidate, reference);
            count++;
        }

        double r1() {
            return count == 0 ? 0 : r1 / count;
        }

        double r2() {
            return count == 0 ? 0 : r2 / count;
        }

        double rl() {
            return count == 0 ? 0 : rl / count;
        }
    }

    private static Rouge[] summaries(SummaryEngine engine, Path root, int limit, List<String> debrisHits)
            throws IOException {
        Rouge engineScore = new Rouge();
        Rouge leadScore = new Rouge();
        Rouge textRankScore = new Rouge();
        Rouge debris = new Rouge();
        Rouge dangling = new Rouge();
        Rouge torn = new Rouge();
        List<Path> articles;
        try (Stream<Path> files = Files.walk(root.resolve("articles"))) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        if (limit > 0) {
            // Spread a partial run over all categories.
            int step = Math.max(1, articles.size() / limit);
            List<Path> sample = new ArrayList<>();
            for (int i = 0; i < articles.size() && sample.size() < limit; i += step) {
                sample.add(articles.get(i));
            }
            articles = sample;
        }
        for (Path article : articles) {
            Path summary = root.resolve("summaries").resolve(root.resolve("articles").relativize(article));
            if (!Files.exists(summary)) {
                continue;
            }
            String raw = read(article);
            int firstBreak = raw.indexOf('\n');
            String title = firstBreak < 0 ? "" : raw.substring(0, firstBreak).strip();
            String body = firstBreak < 0 ? raw : raw.substring(firstBreak + 1).strip();
            String referenceText = read(summary).strip();
            int budget = whitespaceWords(GLUED.matcher(referenceText).replaceAll("$1 "));
            List<String> reference = tokens(referenceText);
            Document doc = new Document(title, body, null);

            List<SummarySentence> picked = engine.summary(doc, new Length.Words(Math.max(1, budget)));
            String engineText = join(picked);
            engineScore.add(tokens(engineText), reference);
            if (picked.stream().anyMatch(s -> DEBRIS.matcher(s.text()).find())) {
                debris.count++;
                debrisHits.add(article.getFileName() + ": " + engineText);
            }
            List<SummarySentence> all = engine.summary(doc, new Length.Ratio(1.0));
            dangling.count += CnnDmEvaluation.opensWithDanglingPronoun(picked) ? 1 : 0;
            torn.count += CnnDmEvaluation.tearsQuotation(picked, all) ? 1 : 0;
            leadScore.add(tokens(lead(all, budget)), reference);
            textRankScore.add(tokens(textRank(all, budget)), reference);
        }
        return new Rouge[] {engineScore, leadScore, textRankScore, debris, dangling, torn};
    }

    /** Leading sentences while they fit the budget. */
    public static String lead(List<SummarySentence> sentences, int budget) {
        StringBuilder sb = new StringBuilder();
        int used = 0;
        for (SummarySentence s : sentences) {
            int w = whitespaceWords(s.text());
            if (used + w > budget) {
                break;
            }
            used += w;
            sb.append(s.text()).append(' ');
        }
        return sb.toString();
    }

    /** Plain TextRank scores (word-overlap similarity normalised by log lengths, PageRank), in sentence order. */
    public static double[] textRankScores(List<SummarySentence> sentences) {
        int n = sentences.size();
        List<Set<String>> words = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        for (SummarySentence s : sentences) {
            List<String> t = tokens(s.text());
            words.add(new HashSet<>(t));
            lengths.add(t.size());
        }
        double[][] w = new double[n][n];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j || lengths.get(i) < 2 || lengths.get(j) < 2) {
                    continue;
                }
                Set<String> common = new HashSet<>(words.get(i));
                common.retainAll(words.get(j));
                w[i][j] = common.size() / (Math.log(lengths.get(i)) + Math.log(lengths.get(j)));
                out[i] += w[i][j];
            }
        }
        double[] rank = new double[n];
        java.util.Arrays.fill(rank, 1.0);
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] next = new double[n];
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    if (out[i] > 0) {
                        sum += w[i][j] / out[i] * rank[i];
                    }
                }
                next[j] = 0.15 + 0.85 * sum;
            }
            rank = next;
        }
        return rank;
    }

    /** Plain TextRank: the best-scored sentences that fit the budget, in article order. */
    public static String textRank(List<SummarySentence> sentences, int budget) {
        int n = sentences.size();
        double[] rank = textRankScores(sentences);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        final double[] r = rank;
        java.util.Arrays.sort(order, (a, b) -> Double.compare(r[b], r[a]));
        boolean[] chosen = new boolean[n];
        int used = 0;
        for (int i : order) {
            int words2 = whitespaceWords(sentences.get(i).text());
            if (used + words2 <= budget) {
                chosen[i] = true;
                used += words2;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (chosen[i]) {
                sb.append(sentences.get(i).text()).append(' ');
            }
        }
        return sb.toString();
    }

    /**
     * Returns correct/total for who, where, when, then summaries checked and summaries with debris, then where correct
     * on the venue's own name only.
     */
    private static int[] facts(SummaryEngine engine, Path root, List<String> debrisHits) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int[] r = new int[9];
        List<Path> files;
        try (Stream<Path> s = Files.list(root)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
        boolean verbose = Boolean.getBoolean("eval.verbose");
        for (Path file : files) {
            JsonNode node = json.readTree(read(file));
            String text = node.path("text").asText("");
            if (text.isBlank()) {
                continue;
            }
            Document doc = new Document(node.path("title").asText(""), text, published(node.path("date_publish")));
            var analysis = engine.summarize(doc, Length.defaultLength());
            Facts facts = analysis.facts();
            JsonNode five = node.path("fiveWoneH");

            List<String> who = phrases(five.path("who"));
            if (!who.isEmpty()) {
                r[1]++;
                String guess = facts.participants().isEmpty() ? "" : facts.participants().get(0).name();
                boolean ok = sharesToken(guess, who);
                r[0] += ok ? 1 : 0;
                if (verbose) {
                    System.out.println(file.getFileName().toString().substring(0, 6) + " who   " + (ok ? "OK " : "BAD") + " " + guess + " <- " + who);
                }
            }
            List<String> where = phrases(five.path("where"));
            if (!where.isEmpty()) {
                r[3]++;
                String guess = facts.venue() != null ? facts.venue().name()
                        : facts.places().isEmpty() ? "" : facts.places().get(0).name();
                boolean ok = sharesToken(guess, where);
                r[2] += ok ? 1 : 0;
                // The stricter reading: only the venue's own name, without the places the engine names as holding it.
                r[8] += sharesToken(venueItself(guess), where) ? 1 : 0;
                if (verbose) {
                    System.out.println(file.getFileName().toString().substring(0, 6) + " where " + (ok ? "OK " : "BAD") + " " + guess + " <- " + where);
                }
            }
            Set<String> when = new HashSet<>();
            for (JsonNode a : five.path("when").path("annotated")) {
                String parsed = a.path("parsed").asText("");
                if (parsed.length() >= 10 && parsed.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
                    when.add(parsed.substring(0, 10));
                }
            }
            if (!when.isEmpty()) {
                r[5]++;
                DateFact first = facts.dates().isEmpty() ? null : facts.dates().get(0);
                boolean ok = first != null && first.value() != null && when.contains(first.value());
                r[4] += ok ? 1 : 0;
                if (verbose) {
                    System.out.println("when  " + (ok ? "OK " : "BAD") + " " + first + " <- " + when);
                }
            }
            for (Length length : List.of(Length.defaultLength(), new Length.Words(100))) {
                List<SummarySentence> summary = length.equals(Length.defaultLength()) ? analysis.summary()
                        : engine.summary(doc, length);
                r[6]++;
                List<String> bad = summary.stream().map(SummarySentence::text)
                        .filter(t -> DEBRIS.matcher(t).find()).toList();
                if (!bad.isEmpty()) {
                    r[7]++;
                    debrisHits.add(file.getFileName().toString().substring(0, 8) + ": " + bad);
                }
            }
        }
        return r;
    }

    /** The venue's own name, before the places the engine names as holding it ("X" of "X, Y, Z"). */
    static String venueItself(String venue) {
        return venue.split(",")[0].strip();
    }

    private static List<String> phrases(JsonNode question) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : question.path("annotated")) {
            String t = a.path("text").asText("");
            if (!t.isBlank()) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean sharesToken(String guess, List<String> gold) {
        Set<String> g = new HashSet<>(tokens(guess));
        g.removeAll(FUNCTION_WORDS);
        for (String phrase : gold) {
            for (String t : tokens(phrase)) {
                if (g.contains(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static OffsetDateTime published(JsonNode node) {
        String s = node.asText("");
        if (s.isBlank() || s.equals("null") || s.equals("None")) {
            return null;
        }
        try {
            return LocalDateTime.parse(s.strip(), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
                    .atOffset(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** UTF-8 when valid, else Windows-1252 (a superset of ISO-8859-1 for printable text). */
    public static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Word count of a reference summary, with a space put back where it glues sentences ("rose.The"). */
    public static int referenceWords(String referenceText) {
        return whitespaceWords(GLUED.matcher(referenceText).replaceAll("$1 "));
    }

    public static int whitespaceWords(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String join(List<SummarySentence> sentences) {
        return sentences.stream().map(SummarySentence::text).collect(Collectors.joining(" "));
    }

    public static double ngramF1(List<String> candidate, List<String> reference, int n) {
        Map<String, Integer> ref = ngrams(reference, n);
        Map<String, Integer> cand = ngrams(candidate, n);
        int refTotal = Math.max(0, reference.size() - n + 1);
        int candTotal = Math.max(0, candidate.size() - n + 1);
        if (refTotal == 0 || candTotal == 0) {
            return 0.0;
        }
        int overlap = 0;
        for (Map.Entry<String, Integer> e : cand.entrySet()) {
            overlap += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
        }
        return f1(overlap / (double) candTotal, overlap / (double) refTotal);
    }

    private static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            out.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return out;
    }

    public static double lcsF1(List<String> candidate, List<String> reference) {
        int a = candidate.size();
        int b = reference.size();
        if (a == 0 || b == 0) {
            return 0.0;
        }
        int[] prev = new int[b + 1];
        int[] cur = new int[b + 1];
        for (int i = 1; i <= a; i++) {
            for (int j = 1; j <= b; j++) {
                cur[j] = candidate.get(i - 1).equals(reference.get(j - 1)) ? prev[j - 1] + 1
                        : Math.max(prev[j], cur[j - 1]);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        int lcs = prev[b];
        return f1(lcs / (double) a, lcs / (double) b);
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }
}
