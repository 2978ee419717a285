package dev.news.summary.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** summary-service's own PostgreSQL store of computed summaries. */
@ApplicationScoped
public class SummaryStore {

    private final EntityManager entityManager;

    SummaryStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public Optional<String> find(SummaryKey key) {
        return StoredSummary.documentFor(key);
    }

    /** Stores the document unless another request stored the same key first; either way one row remains. */
    @Transactional
    public void save(SummaryKey key, String document) {
        entityManager.createNativeQuery("""
                INSERT INTO stored_summary (article_id, content_hash, length_key, engine_version, document, created_at)
                VALUES (:article, :hash, :length, :engine, :document, :created)
                ON CONFLICT ON CONSTRAINT stored_summary_key DO NOTHING""")
                .setParameter("article", key.articleId())
                .setParameter("hash", key.contentHash())
                .setParameter("length", key.lengthKey())
                .setParameter("engine", key.engineVersion())
                .setParameter("document", document)
                .setParameter("created", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
    }
}
