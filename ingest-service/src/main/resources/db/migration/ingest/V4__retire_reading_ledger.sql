-- analytics' reading table is the one store of record of readings: ingest keeps no per-reading table.
-- Dropping reading_ledger loses nothing: a row was written only after Kafka had acknowledged its reading, so every
-- value it holds is in aq.readings.v1 and, once consumed, in analytics' reading (revision history included, which
-- analytics now decides). Revisions and the spike and stuck-value checks moved to analytics with it.
DROP TABLE IF EXISTS reading_ledger;
