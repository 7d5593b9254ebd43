-- Every lookup of readings and hourly values names a station and a time range (sometimes a pollutant):
-- a primary key led by (station, time) serves them all, so each table keeps one index instead of two.
-- Each stored reading and hourly value then costs one index insertion, not two.
ALTER TABLE reading DROP CONSTRAINT reading_pkey;
ALTER TABLE reading ADD PRIMARY KEY (station_id, time, pollutant);
DROP INDEX reading_station_time_idx;

ALTER TABLE hourly_value DROP CONSTRAINT hourly_value_pkey;
ALTER TABLE hourly_value ADD PRIMARY KEY (station_id, hour, pollutant);
DROP INDEX hourly_value_station_hour_idx;
