-- analytics' reading is the one store of record of readings: ingest keeps none. A reading with a different value
-- for the same station, pollutant and time is a correction (revision + 1) and the value it replaces is kept here,
-- so the data audit can show what changed, when and from what; an identical resend changes nothing. Small: one
-- row per correction, never one per reading. Readings stored before this table have no earlier values kept.
CREATE TABLE reading_revision (
    station_id  text             NOT NULL,
    pollutant   text             NOT NULL,
    time        timestamptz      NOT NULL,
    revision    integer          NOT NULL,
    value       double precision NOT NULL,
    qc_flags    text[],
    received_at timestamptz      NOT NULL,
    replaced_at timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (station_id, time, pollutant, revision)
);
COMMENT ON TABLE reading_revision IS 'values replaced by corrections: revision = the revision the value had';
