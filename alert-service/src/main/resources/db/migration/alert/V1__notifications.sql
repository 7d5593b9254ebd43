-- The outbox and audit trail: stored before sending, outcome recorded after.
CREATE TABLE notification (
    id                uuid PRIMARY KEY,
    deduplication_key text        NOT NULL,
    signal_id         uuid        NOT NULL,
    official_id       text        NOT NULL,
    channel           text        NOT NULL,
    recipient         text        NOT NULL,
    subject           text        NOT NULL,
    body              text        NOT NULL,
    status            text        NOT NULL,
    attempts          integer     NOT NULL DEFAULT 0,
    last_result       text,
    created_at        timestamptz NOT NULL,
    sent_at           timestamptz,
    UNIQUE (deduplication_key, official_id, channel)
);
CREATE INDEX notification_pending_idx ON notification (created_at) WHERE status IN ('PENDING', 'FAILED');
