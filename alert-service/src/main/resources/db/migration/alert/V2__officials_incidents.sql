-- The officials registry: seeded from configuration at start-up, maintained through the admin API.
CREATE TABLE official (
    id          text PRIMARY KEY,
    name        text        NOT NULL,
    email       text,
    phone       text,
    language    text        NOT NULL DEFAULT 'zh',
    roles       text[]      NOT NULL DEFAULT '{}',
    districts   text[]      NOT NULL DEFAULT '{}',
    quiet_start time,
    quiet_end   time,
    quiet_zone  text,
    active      boolean     NOT NULL DEFAULT true,
    source      text        NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);
CREATE INDEX official_districts_idx ON official USING gin (districts);

-- One ongoing condition: signals with the same deduplication key join it.
CREATE TABLE incident (
    id                uuid PRIMARY KEY,
    deduplication_key text        NOT NULL,
    type              text        NOT NULL,
    district_id       text        NOT NULL,
    station_id        text,
    pollutant         text,
    severity          text        NOT NULL,
    status            text        NOT NULL,
    summary           text,
    figures           text,
    opened_at         timestamptz NOT NULL,
    last_signal_at    timestamptz NOT NULL,
    acknowledged_at   timestamptz,
    acknowledged_by   text,
    resolved_at       timestamptz,
    round             integer     NOT NULL DEFAULT 0,
    steps_done        integer[]   NOT NULL DEFAULT '{}'
);
-- at most one unresolved incident per condition, whatever several instances do
CREATE UNIQUE INDEX incident_one_open_per_key ON incident (deduplication_key) WHERE status <> 'RESOLVED';
CREATE INDEX incident_key_idx ON incident (deduplication_key, opened_at DESC);
CREATE INDEX incident_open_idx ON incident (opened_at) WHERE status <> 'RESOLVED';
CREATE INDEX incident_filter_idx ON incident (district_id, type, opened_at DESC);

-- The incident's timeline; a signal is recorded once (a redelivered Kafka record changes nothing).
CREATE TABLE incident_event (
    id          bigserial PRIMARY KEY,
    incident_id uuid        REFERENCES incident (id),
    at          timestamptz NOT NULL,
    action      text        NOT NULL,
    signal_id   uuid UNIQUE,
    severity    text,
    actor       text,
    note        text
);
CREATE INDEX incident_event_incident_idx ON incident_event (incident_id, id);

-- The outbox grows: notifications belong to incidents, may be held (quiet hours, retry back-off),
-- and are unique per incident, kind, round, official and channel.
ALTER TABLE notification ALTER COLUMN signal_id DROP NOT NULL;
ALTER TABLE notification DROP CONSTRAINT notification_deduplication_key_official_id_channel_key;
ALTER TABLE notification
    ADD COLUMN incident_id     uuid REFERENCES incident (id),
    ADD COLUMN kind            text        NOT NULL DEFAULT 'ALERT',
    ADD COLUMN round           integer     NOT NULL DEFAULT 0,
    ADD COLUMN idempotency_key text,
    ADD COLUMN html_body       text,
    ADD COLUMN not_before      timestamptz,
    ADD COLUMN provider        text,
    ADD COLUMN fallback_for    uuid,
    ADD COLUMN updated_at      timestamptz;
UPDATE notification SET idempotency_key = deduplication_key || ':' || official_id || ':' || channel,
    not_before = created_at;
ALTER TABLE notification ALTER COLUMN idempotency_key SET NOT NULL;
ALTER TABLE notification ALTER COLUMN not_before SET NOT NULL;
ALTER TABLE notification ADD CONSTRAINT notification_idempotency_key UNIQUE (idempotency_key);
-- the old FAILED-and-retry rows become PENDING; FAILED now means given up
UPDATE notification SET status = 'PENDING' WHERE status = 'FAILED' AND attempts < 5;
DROP INDEX notification_pending_idx;
CREATE INDEX notification_due_idx ON notification (not_before, created_at) WHERE status = 'PENDING';
CREATE INDEX notification_incident_idx ON notification (incident_id);
CREATE INDEX notification_official_idx ON notification (official_id, created_at DESC);
