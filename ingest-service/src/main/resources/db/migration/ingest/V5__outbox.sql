-- Events of registry changes, written in the change's own transaction and published by the outbox relay, so that a
-- change committed while the broker is down still reaches its topic once the broker is back.
CREATE TABLE outbox (
    id          bigserial PRIMARY KEY,
    topic       text        NOT NULL,
    message_key text        NOT NULL,
    -- the event's class (io.cleanair.core.event.*) and its JSON; both null for a tombstone
    event_type  text,
    payload     text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    sent_at     timestamptz
);
CREATE INDEX outbox_unsent_idx ON outbox (id) WHERE sent_at IS NULL;
