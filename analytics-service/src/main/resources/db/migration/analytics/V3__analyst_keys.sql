-- Analysts' read-only API keys (the secret is never stored, only its SHA-256 in lower-case hex).
CREATE TABLE analyst_key (
    key_id     text        PRIMARY KEY,
    key_hash   text        NOT NULL UNIQUE,
    owner      text        NOT NULL,
    created_at timestamptz NOT NULL,
    revoked_at timestamptz
);
