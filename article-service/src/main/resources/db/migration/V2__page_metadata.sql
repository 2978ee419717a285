-- Metadata read from web pages (POST /articles with an HTML page); null for articles that did not say.
ALTER TABLE article
    ADD COLUMN modified_at   TIMESTAMPTZ,
    ADD COLUMN canonical_url VARCHAR(2048),
    ADD COLUMN image_url     VARCHAR(2048);
