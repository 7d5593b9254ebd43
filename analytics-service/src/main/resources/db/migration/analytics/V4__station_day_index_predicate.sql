-- Scopes are stored upper-case ('STATION'); the partial index of V2 named them lower-case and was never used.
DROP INDEX IF EXISTS daily_result_district_day_idx;
CREATE INDEX daily_result_district_day_idx ON daily_result (district_id, day) WHERE scope = 'STATION';
