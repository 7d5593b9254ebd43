-- One index per table instead of two, so that each stored reading and hourly value costs one index insertion.
-- Readings are looked up by station and time range (all pollutants, or one hour of one pollutant): a primary
-- key led by (station, time) serves both.
ALTER TABLE reading DROP CONSTRAINT reading_pkey;
ALTER TABLE reading ADD PRIMARY KEY (station_id, time, pollutant);
DROP INDEX reading_station_time_idx;

-- Hourly values are mostly read for one pollutant over long ranges (trends): the primary key stays led by
-- (station, pollutant); lookups of all pollutants name the six pollutants, one range each.
DROP INDEX hourly_value_station_hour_idx;

-- The consumer's statements join a batch's few keys to these tables, which the planner does by index only
-- when its statistics know how big the tables are. PostgreSQL re-analyses a table after 10 % of its rows
-- changed; at 2 % the statistics keep up while a young table grows fast (and cost little on a big one).
ALTER TABLE reading SET (autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE hourly_value SET (autovacuum_analyze_scale_factor = 0.02);
