package dev.news.summary.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Extractive news summariser and fact extractor. Build one per process (it loads the language models once);
 * it is thread-safe and keeps no per-request state.
 */
public final class SummaryEngine {

    public static final String NAME = "news-extractive";
    public static final String VERSION = "1.1.0";

    private final EngineConfig config;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final CoreNlpAdapter nlp;
    private final DebrisFilter debrisFilter = new DebrisFilter();
    private final SentenceRanker ranker;
    private final SummarySelector selector = new SummarySelector(0.75);
    private final ParticipantExtractor participants = new ParticipantExtractor();
    private final VenueExtractor venues = new VenueExtractor();
    private final PlaceExtractor places = new PlaceExtractor();
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
        return new Analysis(summarise(article, length == null ? Length.defaultLength() : length), facts(article));
    }

    /** The facts of the article only. */
    public Facts facts(Document document) {
        return facts(parse(document, true));
    }

    /**
     * Summary sentences only; skips entity recognition, which ranking does not use, and is therefore
     * several times faster than {@link #summarize}.
     */
    public List<SummarySentence> summary(Document document, Length length) {
        return summarise(parse(document, false), length == null ? Length.defaultLength() : length);
    }

    private ParsedArticle parse(Document document, boolean withEntities) {
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
        } catch (RuntimeException e) {
            // The recogniser failing on odd input must not fail the request: fall back to one plain sentence.
            parsed = new CoreNlpAdapter.Parsed(List.of(wholeText(normalized)), List.of());
            title = List.of();
        }
        if (parsed.sentences().isEmpty()) {
            parsed = new CoreNlpAdapter.Parsed(List.of(wholeText(normalized)), List.of());
        }
        Set<Integer> debris = debrisFilter.debris(parsed.sentences());
        return new ParsedArticle(parsed.sentences(), parsed.mentions(), debris, title, document.published());
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

    private Facts facts(ParsedArticle article) {
        try {
            return new Facts(participants.extract(article), venues.extract(article), places.extract(article),
                    organizations.extract(article), dates.extract(article), figures.extract(article));
        } catch (RuntimeException e) {
            // Facts are best effort; a defect in one extractor must not cost the caller the summary.
            return Facts.empty();
        }
    }
}
