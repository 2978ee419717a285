package dev.news.summary.store;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A computed summary document (JSON), stored under the key that decides its content. */
@Entity
@Table(name = "stored_summary")
public class StoredSummary extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", nullable = false)
    public long articleId;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(name = "length_key", nullable = false, length = 40)
    public String lengthKey;

    @Column(name = "engine_version", nullable = false, length = 40)
    public String engineVersion;

    @Column(nullable = false, columnDefinition = "text")
    public String document;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The document stored under this key, if any. */
    public static Optional<String> documentFor(SummaryKey key) {
        return find("articleId = ?1 and contentHash = ?2 and lengthKey = ?3 and engineVersion = ?4",
                key.articleId(), key.contentHash(), key.lengthKey(), key.engineVersion())
                .<StoredSummary>firstResultOptional().map(s -> s.document);
    }
}
