-- Raw readings in canonical units (µg/m³; CO mg/m³). time = start of the period the value covers.
CREATE TABLE reading (
    station_id  text             NOT NULL,
    district_id text             NOT NULL,
    pollutant   text             NOT NULL,
    time        timestamptz      NOT NULL,
    value       double precision NOT NULL,
    revision    integer          NOT NULL DEFAULT 0,
    received_at timestamptz      NOT NULL,
    stored_at   timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (station_id, pollutant, time)
);
CREATE INDEX reading_station_time_idx ON reading (station_id, time);
