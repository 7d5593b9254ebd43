-- A daily trend reads one scope's daily statistic of a pollutant over a year or more: 365 rows per year, each on a
-- heap page of its own (a day's results of every station are written together, so one station's days lie a page
-- apart). With the daily statistics in the index the trend is read from a few index pages (an index-only scan)
-- instead of one heap page per day. One more index entry per daily result, none per reading.
CREATE INDEX daily_result_series_idx ON daily_result (scope, scope_id, day)
    INCLUDE (pm2_5_24h, pm10_24h, so2_24h, no2_24h, co_24h, o3_1h, o3_8h);
