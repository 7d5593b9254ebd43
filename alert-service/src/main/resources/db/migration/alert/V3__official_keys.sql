-- Each official's own API keys (acknowledgement, reading incidents); only the SHA-256 of a key is kept.
CREATE TABLE official_key (
    id           text PRIMARY KEY,
    official_id  text        NOT NULL REFERENCES official (id) ON DELETE CASCADE,
    key_hash     text        NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX official_key_official_idx ON official_key (official_id);
