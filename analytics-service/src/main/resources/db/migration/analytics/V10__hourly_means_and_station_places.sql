-- The hourly means of a district's and of the city's stations, which the hourly trends read. On plain PostgreSQL
-- they are views computed when read; with TimescaleDB StorageMode replaces each by a view of a continuous aggregate
-- with the same columns (docs/storage.md). An hourly value sampled for less than 45 minutes is not a 1-hour value
-- (GB 3095 Table 4), so it is no part of a mean.
CREATE VIEW district_hour AS
SELECT s.district_id, h.pollutant, h.hour, avg(h.value) AS value, count(*) AS stations
FROM hourly_value h
JOIN station s ON s.station_id = h.station_id
WHERE h.minutes_sampled >= 45
GROUP BY s.district_id, h.pollutant, h.hour;

CREATE VIEW city_hour AS
SELECT h.pollutant, h.hour, avg(h.value) AS value, count(*) AS stations
FROM hourly_value h
WHERE h.minutes_sampled >= 45
GROUP BY h.pollutant, h.hour;

-- create_hypertable's default index on time alone duplicated the primary keys (led by station); hypertables are
-- now created without it, and databases that have it lose it.
DROP INDEX IF EXISTS reading_time_idx;
DROP INDEX IF EXISTS hourly_value_hour_idx;

-- Station name and coordinates from aq.stations.v1, for the reporting schema's station screens.
ALTER TABLE station ADD COLUMN name text;
ALTER TABLE station ADD COLUMN latitude double precision;
ALTER TABLE station ADD COLUMN longitude double precision;
