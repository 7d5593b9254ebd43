-- Most stations report hourly: one reading per pollutant, its period starting on the hour. Such a reading IS the
-- station's hourly value (the mean of one reading that covers the whole hour, GB 3095 Table 4), so it is stored
-- once, in reading, marked whole_hour, and no second indexed row is written for it. Only hours of sub-hourly
-- sensors (several readings, or one that starts within the hour) keep an averaged row, in hourly_mean (the former
-- hourly_value table). The view hourly_value is the union of both and has the columns the table had, so every
-- reader of hourly values reads the same thing as before.

-- whole_hour: this reading is the only one of its station, pollutant and hour, and it starts on the hour.
-- qc_mask: its QC flags as the bit mask hourly values carry (io.cleanair.core.qc.QcFlag), 0 = none.
ALTER TABLE reading ADD COLUMN whole_hour boolean NOT NULL DEFAULT false;
ALTER TABLE reading ADD COLUMN qc_mask smallint NOT NULL DEFAULT 0;

-- The flags of readings already stored as that mask (the flags of this version: SPIKE = 1, STUCK = 2), then the
-- readings that are their hour's value: the hour's only reading, on the hour, averaged from itself.
UPDATE reading
SET qc_mask = (CASE WHEN 'SPIKE' = ANY (qc_flags) THEN 1 ELSE 0 END) | (CASE WHEN 'STUCK' = ANY (qc_flags) THEN 2 ELSE 0 END)
WHERE qc_flags IS NOT NULL;

UPDATE reading r
SET whole_hour = true, qc_mask = h.qc_mask
FROM hourly_value h
WHERE h.station_id = r.station_id AND h.pollutant = r.pollutant AND h.hour = r.time
  AND h.samples = 1 AND h.minutes_sampled = 60 AND h.value = r.value;

-- The views that read the table are pointed at the union below once it exists; the hourly means' continuous
-- aggregates of TimescaleDB (if any) are detached from the views and dropped: StorageMode creates them again over
-- the new sources at start-up (docs/storage.md).
CREATE OR REPLACE VIEW district_hour AS
SELECT s.district_id, h.pollutant, h.hour, avg(h.value) AS value, count(*) AS stations
FROM hourly_value h
JOIN station s ON s.station_id = h.station_id
WHERE h.minutes_sampled >= 45
GROUP BY s.district_id, h.pollutant, h.hour;

CREATE OR REPLACE VIEW city_hour AS
SELECT h.pollutant, h.hour, avg(h.value) AS value, count(*) AS stations
FROM hourly_value h
WHERE h.minutes_sampled >= 45
GROUP BY h.pollutant, h.hour;

DROP MATERIALIZED VIEW IF EXISTS district_hour_agg;
DROP MATERIALIZED VIEW IF EXISTS city_hour_agg;

ALTER TABLE hourly_value RENAME TO hourly_mean;
ALTER TABLE hourly_mean RENAME CONSTRAINT hourly_value_pkey TO hourly_mean_pkey;
COMMENT ON TABLE hourly_mean IS 'hourly values averaged from sub-hourly readings; whole-hour readings are their own';

DELETE FROM hourly_mean m
USING reading r
WHERE r.whole_hour AND r.station_id = m.station_id AND r.pollutant = m.pollutant AND r.time = m.hour;

CREATE VIEW hourly_value AS
SELECT station_id, pollutant, time AS hour, value, 1 AS samples, qc_mask, 60::smallint AS minutes_sampled
FROM reading
WHERE whole_hour
UNION ALL
SELECT station_id, pollutant, hour, value, samples, qc_mask, minutes_sampled
FROM hourly_mean;

CREATE OR REPLACE VIEW district_hour AS
SELECT s.district_id, h.pollutant, h.hour, avg(h.value) AS value, count(*) AS stations
FROM hourly_value h
JOIN station s ON s.station_id = h.station_id
WHERE h.minutes_sampled >= 45
GROUP BY s.district_id, h.pollutant, h.hour;

CREATE OR REPLACE VIEW city_hour AS
SELECT h.pollutant, h.hour, avg(h.value) AS value, count(*) AS stations
FROM hourly_value h
WHERE h.minutes_sampled >= 45
GROUP BY h.pollutant, h.hour;

CREATE OR REPLACE VIEW reporting.station_hour AS
SELECT h.station_id, s.district_id, h.pollutant, h.hour, h.value
FROM hourly_value h
JOIN station s ON s.station_id = h.station_id;
