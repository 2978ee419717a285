package dev.news.article.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.jpa.HibernateHints;

import dev.news.article.Article;
import dev.news.article.ArticleInput;
import dev.news.article.ArticlePage;
import dev.news.article.ArticleView;
import dev.news.article.config.ArticleConfig;
import dev.news.domain.InvalidInputException;
import dev.news.domain.MissingException;
import dev.news.problem.TextInputs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Stores, finds, edits and removes articles; the same content is stored once. */
@ApplicationScoped
public class ArticleService {

    /** A create's outcome: the stored article, and whether this call stored it or found it there. */
    public record Saved(Article article, boolean created) {
    }

    private final ArticleConfig config;
    private final EntityManager entityManager;

    ArticleService(ArticleConfig config, EntityManager entityManager) {
        this.config = config;
        this.entityManager = entityManager;
    }

    /** Stores the article, or returns the one already stored with the same content. */
    public Saved create(ArticleInput input) {
        checkBodySize(input.body());
        checkStorable(input);
        String hash = ContentHash.of(input.title(), input.body());
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Optional<Article> existing = Article.findByContentHash(hash);
                if (existing.isPresent()) {
                    return new Saved(existing.get(), false);
                }
                Article article = newArticle(input, hash);
                article.persistAndFlush();
                return new Saved(article, true);
            });
        } catch (PersistenceException e) {
            // Another request stored the same content between our look-up and our insert.
            if (isUniqueViolation(e)) {
                return QuarkusTransaction.requiringNew().call(() -> new Saved(Article.findByContentHash(hash).orElseThrow(), false));
            }
            throw e;
        }
    }

    /** Stores a batch in one transaction; the caller has checked each input and removed duplicates. */
    @Transactional
    public List<Article> createAll(List<ArticleInput> inputs) {
        List<Article> stored = new ArrayList<>(inputs.size());
        for (ArticleInput input : inputs) {
            Article article = newArticle(input, ContentHash.of(input.title(), input.body()));
            article.persist();
            stored.add(article);
        }
        entityManager.flush();
        return stored;
    }

    /** Ids of stored articles among the given content hashes. */
    @Transactional
    public Map<String, Long> existingIds(List<String> hashes) {
        if (hashes.isEmpty()) {
            return Map.of();
        }
        return Article.<Article>list("contentHash in ?1", hashes).stream()
                .collect(Collectors.toMap(a -> a.contentHash, a -> a.id, (a, b) -> a));
    }

    /**
     * One article, read-only: no transaction to begin and commit and no state kept for a flush, which is most of the cost
     * of the busiest read. Do not edit what it returns.
     */
    public Optional<Article> find(long id) {
        return Optional.ofNullable(entityManager.find(Article.class, id, Map.of(HibernateHints.HINT_READ_ONLY, true)));
    }

    /** A page of articles: ranked by full-text relevance when {@code query} is given, else by {@code sort}. */
    @Transactional
    public ArticlePage list(String query, int page, int size, ArticleSort sort) {
        if (size < 1 || size > config.maxPageSize()) {
            throw new InvalidInputException("size", "must be between 1 and " + config.maxPageSize());
        }
        if (page < 1 || (long) page * size > Integer.MAX_VALUE) {
            throw new InvalidInputException("page", "must be 1 or more and within range");
        }
        if (query != null && !query.isBlank()) {
            checkStorable("q", query);
            return search(query.strip(), page, size, sort);
        }
        if (sort.relevance()) {
            throw new InvalidInputException("sort", "relevance needs a query (q)");
        }
        var found = Article.findAll(sort.toPanache()).page(Page.of(page - 1, size));
        List<ArticleView> items = found.<Article>list().stream().map(a -> ArticleView.listed(a, null)).toList();
        long total = found.count();
        return new ArticlePage(items, page, size, total, (total + size - 1) / size);
    }

    private ArticlePage search(String query, int page, int size, ArticleSort sort) {
        String order = sort.relevance() ? "rank DESC, a.id DESC" : sort.toSql();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT a.id, ts_rank_cd(a.search, q) AS rank
                FROM article a, websearch_to_tsquery('english', :q) q
                WHERE a.search @@ q
                ORDER BY """ + " " + order + " LIMIT :limit OFFSET :offset")
                .setParameter("q", query)
                .setParameter("limit", size)
                .setParameter("offset", (page - 1) * size)
                .getResultList();
        long total = ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM article a WHERE a.search @@ websearch_to_tsquery('english', :q)")
                .setParameter("q", query).getSingleResult()).longValue();
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, Article> byId = ids.isEmpty() ? Map.of()
                : Article.<Article>list("id in ?1", ids).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<ArticleView> items = new ArrayList<>();
        for (Object[] row : rows) {
            Article article = byId.get(((Number) row[0]).longValue());
            if (article != null) {
                items.add(ArticleView.listed(article, ((Number) row[1]).doubleValue()));
            }
        }
        return new ArticlePage(items, page, size, total, (total + size - 1) / size);
    }

    /**
     * Replaces an article's content if it is still at {@code expectedVersion}; a stale version is a
     * {@link StaleVersionException}, never a silent overwrite.
     */
    @Transactional
    public Optional<Article> update(long id, ArticleInput input, int expectedVersion) {
        checkBodySize(input.body());
        checkStorable(input);
        Optional<Article> found = Article.findByIdOptional(id);
        if (found.isEmpty()) {
            return found;
        }
        Article article = found.get();
        if (article.version != expectedVersion) {
            throw new StaleVersionException(article.version);
        }
        String hash = ContentHash.of(input.title(), input.body());
        Optional<Article> twin = Article.findByContentHash(hash);
        if (twin.isPresent() && !twin.get().id.equals(article.id)) {
            throw new DuplicateContentException(twin.get().id);
        }
        apply(article, input, hash);
        article.updatedAt = now();
        try {
            entityManager.flush();
        } catch (OptimisticLockException e) {
            // Lost to a concurrent edit or delete; after a delete there is nothing left to edit.
            if (!exists(id)) {
                throw new MissingException("article " + id);
            }
            throw new StaleVersionException(-1);
        }
        return Optional.of(article);
    }

    @Transactional
    public boolean delete(long id) {
        return Article.deleteById(id);
    }

    /**
     * Removes an article if it is still at {@code expectedVersion}: false when there is none, a
     * {@link StaleVersionException} when it has another version.
     */
    @Transactional
    public boolean delete(long id, int expectedVersion) {
        if (Article.delete("id = ?1 and version = ?2", id, expectedVersion) > 0) {
            return true;
        }
        Optional<Article> current = Article.findByIdOptional(id);
        if (current.isEmpty()) {
            return false;
        }
        throw new StaleVersionException(current.get().version);
    }

    private static boolean exists(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Article.count("id", id) > 0);
    }

    /** Rejects a body over the configured size with 413. */
    public void checkBodySize(String body) {
        TextInputs.checkSize("body", body, config.maxBodyBytes());
    }

    /**
     * Rejects with 400 what PostgreSQL cannot keep as sent: U+0000 in text, which it refuses, unpaired surrogates
     * (what JSON escapes or invalid UTF-8 can make), which would be stored as "?", and times out of its range.
     */
    public void checkStorable(ArticleInput input) {
        checkYear("publishedAt", input.publishedAt());
        checkYear("modifiedAt", input.modifiedAt());
        checkStorable("title", input.title());
        checkStorable("body", input.body());
        checkStorable("sourceName", input.sourceName());
        checkStorable("sourceUrl", input.sourceUrl());
        checkStorable("language", input.language());
        checkStorable("canonicalUrl", input.canonicalUrl());
        checkStorable("imageUrl", input.imageUrl());
        List<String> authors = input.authorsOrEmpty();
        for (int i = 0; i < authors.size(); i++) {
            checkStorable("authors[" + i + "]", authors.get(i));
        }
    }

    private static void checkYear(String field, OffsetDateTime time) {
        if (time != null && (time.getYear() < 1 || time.getYear() > 9999)) {
            throw new InvalidInputException(field, "the year must be between 1 and 9999");
        }
    }

    private static void checkStorable(String field, String text) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (c == '\0' || (Character.isSurrogate(c) && !paired)) {
                throw new InvalidInputException(field, "must not contain U+0000 or unpaired surrogates (invalid UTF-8)");
            }
            if (paired) {
                i++;
            }
        }
    }

    private static Article newArticle(ArticleInput input, String hash) {
        Article article = new Article();
        apply(article, input, hash);
        article.createdAt = now();
        article.updatedAt = article.createdAt;
        return article;
    }

    private static void apply(Article article, ArticleInput input, String hash) {
        article.title = input.title().strip();
        article.body = input.body();
        article.sourceName = input.sourceName();
        article.sourceUrl = input.sourceUrl();
        article.authors = new ArrayList<>(input.authorsOrEmpty());
        article.publishedAt = input.publishedAt();
        article.language = input.language();
        article.modifiedAt = input.modifiedAt();
        article.canonicalUrl = input.canonicalUrl();
        article.imageUrl = input.imageUrl();
        article.contentHash = hash;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
