-- QC flags travel with the readings (SPIKE, STUCK and the sender's own as sender:<flag>); NULL = none.
ALTER TABLE reading ADD COLUMN qc_flags text[];

-- An hourly value's QC flags (bit mask of io.cleanair.core.qc.QcFlag, 0 = none) and the minutes its readings
-- sampled (GB 3095 Table 4: a 1-hour value needs 45). Rows written before this column are whole hours.
ALTER TABLE hourly_value ADD COLUMN qc_mask smallint NOT NULL DEFAULT 0;
ALTER TABLE hourly_value ADD COLUMN minutes_sampled smallint NOT NULL DEFAULT 60;

-- What each daily result was assessed under and what it left out: the day-validity policy of its rule set
-- (NULL for results computed before it was recorded; recompute them), why it is not valid, and the hourly
-- values it excluded (JSON array of {stationId, pollutant, hourLabel, value, reason, detail}).
ALTER TABLE daily_result ADD COLUMN validity_policy text;
ALTER TABLE daily_result ADD COLUMN invalid_reason text;
ALTER TABLE daily_result ADD COLUMN excluded jsonb NOT NULL DEFAULT '[]';
