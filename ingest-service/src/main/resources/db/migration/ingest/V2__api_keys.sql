-- API keys of stations and providers; only the SHA-256 of a key is kept.
CREATE TABLE api_key (
    id           text PRIMARY KEY,
    key_hash     text        NOT NULL UNIQUE,
    owner        text        NOT NULL,
    kind         text        NOT NULL,
    station_ids  text[]      NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX api_key_owner_idx ON api_key (owner);
