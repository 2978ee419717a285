#!/bin/sh
# One PostgreSQL server, two databases, two users: articles owned by ARTICLES_DB_USER and summaries owned by
# SUMMARIES_DB_USER, each user allowed into its own database only. The postgres image runs this once, when
# it initialises an empty data directory; later password changes are ALTER ROLE statements (see README.md).
set -eu

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v articles_user="$ARTICLES_DB_USER" -v articles_password="$ARTICLES_DB_PASSWORD" \
  -v summaries_user="$SUMMARIES_DB_USER" -v summaries_password="$SUMMARIES_DB_PASSWORD" <<'SQL'
CREATE ROLE :"articles_user" LOGIN PASSWORD :'articles_password';
CREATE ROLE :"summaries_user" LOGIN PASSWORD :'summaries_password';
CREATE DATABASE articles OWNER :"articles_user";
CREATE DATABASE summaries OWNER :"summaries_user";
REVOKE ALL ON DATABASE articles FROM PUBLIC;
REVOKE ALL ON DATABASE summaries FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE articles TO :"articles_user";
GRANT CONNECT, TEMPORARY ON DATABASE summaries TO :"summaries_user";
SQL
