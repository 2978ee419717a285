package dev.news.summary.engine;

import dev.news.summary.engine.facts.DateResolver;
import dev.news.summary.engine.facts.FigureExtractor;
import dev.news.summary.engine.facts.OrganizationExtractor;
import dev.news.summary.engine.facts.ParticipantExtractor;
import dev.news.summary.engine.facts.PlaceExtractor;
import dev.news.summary.engine.facts.VenueCandidate;
import dev.news.summary.engine.facts.VenueExtractor;
import dev.news.summary.engine.facts.VenueWeights;
import dev.news.summary.engine.rank.RankingWeights;
import dev.news.summary.engine.rank.SentenceRanker;
import dev.news.summary.engine.rank.SummarySelector;
import dev.news.summary.engine.text.CoreNlpAdapter;
import dev.news.summary.engine.text.DebrisFilter;
import dev.news.summary.engine.text.GluedSentenceSplitter;
import dev.news.summary.engine.text.NameRepair;
import dev.news.summary.engine.text.ParsedArticle;
import dev.news.summary.engine.text.Sentence;
import dev.news.summary.engine.text.StopWords;
import dev.news.summary.engine.text.TextNormalizer;
import dev.news.summary.engine.text.Token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Extractive news summariser and fact extractor. Build one per process (it loads the language models once);
 * it is thread-safe and keeps no per-request state.
 */
public final class SummaryEngine {

    private static final System.Logger LOG = System.getLogger(SummaryEngine.class.getName());

    public static final String NAME = "news-extractive";
    public static final String VERSION = "2.20.0";

    private final EngineConfig config;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final CoreNlpAdapter nlp;
    private final NameRepair names = NameRepair.load();
    private final GluedSentenceSplitter splitter = new GluedSentenceSplitter();
    private final DebrisFilter debrisFilter = new DebrisFilter();
    private final SentenceRanker ranker;
    private final SummarySelector selector = new SummarySelector(0.75);
    private final ParticipantExtractor participants = new ParticipantExtractor();
    private final VenueExtractor venues = new VenueExtractor(VenueWeights.defaults());
    private final PlaceExtractor places = new PlaceExtractor(VenueWeights.defaults());
    private final OrganizationExtractor organizations = new OrganizationExtractor();
    private final DateResolver dates;
    private final FigureExtractor figures = new FigureExtractor();

    public SummaryEngine(EngineConfig config) {
        this.config = config == null ? EngineConfig.defaults() : config;
        this.nlp = new CoreNlpAdapter(this.config);
        this.dates = new DateResolver(this.config.resolveTimeExpressions());
        this.ranker = new SentenceRanker(new StopWords(), RankingWeights.trained());
    }

    /** An engine with default options. */
    public static SummaryEngine create() {
        return new SummaryEngine(EngineConfig.defaults());
    }

    /** Summary sentences for the requested length plus the facts of the article. */
    public Analysis summarize(Document document, Length length) {
        ParsedArticle article = parse(document, true);
        AnalysisStoppedException.checkInterrupted();
        return new Analysis(summarise(article, length == null ? Length.defaultLength() : length),
                facts(article, document.text()));
    }

    /** The facts of the article only. */
    public Facts facts(Document document) {
        return facts(parse(document, true), document.text());
    }

    /**
     * Summary sentences only; skips entity recognition, which ranking does not use, and is therefore
     * several times faster than {@link #summarize}.
     */
    public List<SummarySentence> summary(Document document, Length length) {
        return summarise(parse(document, false), length == null ? Length.defaultLength() : length);
    }

    ParsedArticle parse(Document document, boolean withEntities) {
        if (document == null || document.text() == null || document.text().isBlank()) {
            throw new InvalidTextException("text must not be empty or blank");
        }
        String original = document.text();
        if (original.length() > config.maxTextChars()) {
            original = original.substring(0, config.maxTextChars());
        }
        TextNormalizer.Normalized normalized = normalizer.normalize(original);
        if (normalized.text().isBlank()) {
            throw new InvalidTextException("text has no readable content");
        }
        LocalDate published = document.published() == null ? null : document.published().toLocalDate();
        CoreNlpAdapter.Parsed parsed;
        List<Token> title;
        try {
            parsed = nlp.parse(normalized, withEntities, published);
            String titleText = document.title() == null ? "" : document.title().strip();
            title = titleText.isEmpty() ? List.of() : nlp.tokens(normalizer.normalize(titleText).text());
        } catch (AnalysisStoppedException e) {
            throw e;
        } catch (RuntimeException e) {
            // The recogniser failing on odd input must not fail the request: fall back to one plain sentence.
            parsed = new CoreNlpAdapter.Parsed(List.of(wholeText(normalized)), List.of());
            title = List.of();
        }
        if (parsed.sentences().isEmpty()) {
            parsed = new CoreNlpAdapter.Parsed(List.of(wholeText(normalized)), List.of());
        }
        GluedSentenceSplitter.Result pieces = splitter.split(parsed.sentences(),
                names.repair(parsed.sentences(), parsed.mentions()));
        Set<Integer> debris = new java.util.TreeSet<>(debrisFilter.debris(pieces.sentences()));
        debris.addAll(pieces.captions());
        return new ParsedArticle(pieces.sentences(), pieces.mentions(), debris, title, document.published(),
                pieces.dateline());
    }

    private static Sentence wholeText(TextNormalizer.Normalized normalized) {
        String text = normalized.text().strip();
        int from = normalized.text().indexOf(text);
        return new Sentence(0, 0, text, normalized.toOriginalStart(from),
                normalized.toOriginalEnd(from + text.length()), List.of());
    }

    /** The article as the summary path parses it, without entities (for the ranker's trainer). */
    ParsedArticle parseForSummary(Document document) {
        return parse(document, false);
    }

    private List<SummarySentence> summarise(ParsedArticle article, Length length) {
        List<Sentence> candidates = candidates(article);
        SentenceRanker.Ranking ranking = ranker.rank(candidates, article.title(), length);
        return selector.select(candidates, ranking, length);
    }

    /** The sentences a summary may draw from: all but debris, or all when everything looks like debris. */
    static List<Sentence> candidates(ParsedArticle article) {
        List<Sentence> candidates = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (!article.debris().contains(s.index())) {
                candidates.add(s);
            }
        }
        if (candidates.isEmpty()) {
            // Everything looks like debris (or the text is a single fragment): summarise what there is.
            candidates.addAll(article.sentences());
        }
        return candidates;
    }

    private Facts facts(ParsedArticle article, String text) {
        // Each fact on its own: a defect in one extractor costs that fact only, and is logged without the text.
        List<VenueCandidate> candidates = attempt("venue", text, () -> venues.candidates(article), List.of());
        return new Facts(
                attempt("participants", text, () -> participants.extract(article), List.of()),
                attempt("venue", text, () -> venues.choose(article, candidates), null),
                attempt("places", text, () -> places.extract(article, candidates), List.of()),
                attempt("organizations", text, () -> organizations.extract(article), List.of()),
                attempt("dates", text, () -> dates.extract(article), List.of()),
                attempt("figures", text, () -> figures.extract(article), List.of()));
    }

    private static <T> T attempt(String fact, String text, Supplier<T> extractor, T fallback) {
        try {
            return extractor.get();
        } catch (AnalysisStoppedException e) {
            // Out of time: the whole analysis stops, never a half result.
            throw e;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, () -> "the " + fact + " of article " + fingerprint(text)
                    + " could not be read; it is left out: " + e, (Throwable) null);
            return fallback;
        }
    }

    /** A short SHA-256 of a text, to name an article in a log without its words. */
    private static String fingerprint(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            return "sha256:unavailable";
        }
    }
}
