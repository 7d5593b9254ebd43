-- The morning briefing: one row per period and day, claimed by the instance that sends it (the primary key
-- makes a second instance's claim wait for the first's commit and then find the row taken).
CREATE TABLE briefing_run (
    period     text        NOT NULL,
    day        date        NOT NULL,
    claimed_at timestamptz NOT NULL,
    claimed_by text        NOT NULL,
    recipients integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (period, day)
);

-- A district's place in a month's ranking by composite index, as analytics gave it: the evidence of the ladder.
CREATE TABLE accountability_standing (
    district_id      text        NOT NULL,
    month            date        NOT NULL,
    rank             integer     NOT NULL,
    districts_ranked integer     NOT NULL,
    bottom_three     boolean     NOT NULL,
    composite_index  numeric,
    recorded_at      timestamptz NOT NULL,
    PRIMARY KEY (district_id, month)
);

-- A step of the ladder taken (notice of criticism, yellow card, warning talk, veto), once per district, month and step.
CREATE TABLE accountability_step (
    id          uuid PRIMARY KEY,
    district_id text        NOT NULL,
    month       date        NOT NULL,
    sanction    text        NOT NULL,
    streak      integer     NOT NULL,
    evidence    text        NOT NULL,
    recorded_at timestamptz NOT NULL,
    UNIQUE (district_id, month, sanction)
);
CREATE INDEX accountability_step_district_idx ON accountability_step (district_id, month);

-- The rectification ledger.
CREATE TABLE rectification_item (
    id               uuid PRIMARY KEY,
    title            text        NOT NULL,
    description      text,
    location         text,
    district_id      text        NOT NULL,
    official_id      text,
    source           text        NOT NULL,
    incident_id      uuid,
    deadline         date        NOT NULL,
    status           text        NOT NULL,
    escalation_level integer     NOT NULL DEFAULT 0,
    reminded_period  bigint      NOT NULL DEFAULT -1,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    assigned_at      timestamptz,
    last_report_at   timestamptz,
    closed_at        timestamptz
);
CREATE INDEX rectification_item_open_idx ON rectification_item (deadline) WHERE status IN ('OPEN', 'IN_PROGRESS', 'REOPENED');
CREATE INDEX rectification_item_district_idx ON rectification_item (district_id, deadline);

-- Dated progress notes of the responsible official (the weekly report).
CREATE TABLE rectification_note (
    id      bigserial PRIMARY KEY,
    item_id uuid        NOT NULL REFERENCES rectification_item (id),
    at      timestamptz NOT NULL,
    author  text        NOT NULL,
    note    text        NOT NULL
);
CREATE INDEX rectification_note_item_idx ON rectification_note (item_id, at);

-- Every change of an item: who did what, when.
CREATE TABLE rectification_audit (
    id      bigserial PRIMARY KEY,
    item_id uuid        NOT NULL REFERENCES rectification_item (id),
    at      timestamptz NOT NULL,
    actor   text        NOT NULL,
    action  text        NOT NULL,
    detail  text
);
CREATE INDEX rectification_audit_item_idx ON rectification_audit (item_id, id);
