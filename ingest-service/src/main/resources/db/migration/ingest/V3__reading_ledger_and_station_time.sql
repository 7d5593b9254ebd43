-- How a station labels its hours: its time zone for times sent without an offset, and whether a value
-- labelled 08:00 covers 08:00-09:00 (START, our convention) or 07:00-08:00 (END).
ALTER TABLE station ADD COLUMN time_zone text NOT NULL DEFAULT 'Asia/Shanghai';
ALTER TABLE station ADD COLUMN hour_label text NOT NULL DEFAULT 'START';
CREATE INDEX station_kind_idx ON station (kind);

-- The latest accepted value per station, pollutant and hour: tells a correction (revision) from a first
-- value, and gives the recent history the spike and stuck-value checks look at.
CREATE TABLE reading_ledger (
    station_id  text             NOT NULL,
    pollutant   text             NOT NULL,
    time        timestamptz      NOT NULL,
    value       double precision NOT NULL,
    revision    integer          NOT NULL,
    received_at timestamptz      NOT NULL,
    PRIMARY KEY (station_id, pollutant, time)
);
