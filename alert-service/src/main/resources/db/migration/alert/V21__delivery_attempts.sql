-- Every attempt to hand a notification to its channel's provider, retries and circuit rejections included.
-- TIMED_OUT means the outcome is unknown (the provider may have taken the message); a later attempt carries
-- the same idempotency key, so a provider that honours it delivers the message once.
CREATE TABLE delivery_attempt (
    notification_id uuid        NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
    attempt         integer     NOT NULL,
    channel         text        NOT NULL,
    provider        text        NOT NULL,
    idempotency_key text        NOT NULL,
    started_at      timestamptz NOT NULL,
    finished_at     timestamptz NOT NULL,
    outcome         text        NOT NULL CHECK (outcome IN ('SENT', 'FAILED', 'TIMED_OUT', 'REJECTED_BY_CIRCUIT', 'THROTTLED')),
    answer          text,
    PRIMARY KEY (notification_id, attempt)
);
