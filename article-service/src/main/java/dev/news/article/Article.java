package dev.news.article;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A stored news article; {@code contentHash} identifies its content, {@code version} guards edits. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 1000)
    public String title;

    @Column(nullable = false, columnDefinition = "text")
    public String body;

    @Column(name = "source_name", length = 500)
    public String sourceName;

    @Column(name = "source_url", length = 2048)
    public String sourceUrl;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> authors = new ArrayList<>();

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(length = 35)
    public String language;

    @Column(name = "modified_at")
    public OffsetDateTime modifiedAt;

    @Column(name = "canonical_url", length = 2048)
    public String canonicalUrl;

    @Column(name = "image_url", length = 2048)
    public String imageUrl;

    @Column(name = "content_hash", nullable = false, length = 64, columnDefinition = "bpchar(64)")
    public String contentHash;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public int version;

    public static Optional<Article> findByContentHash(String contentHash) {
        return find("contentHash", contentHash).firstResultOptional();
    }
}
