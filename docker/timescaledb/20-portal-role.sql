-- Run once by the TimescaleDB image on an empty data volume, as the database owner (POSTGRES_USER, aq).
-- The public portal logs in as its own role, which owns its schema and is granted nothing else: it
-- cannot read the other services' tables (it builds its read model from Kafka events).
DO $$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portal') THEN
		CREATE ROLE portal LOGIN PASSWORD 'portal';
	END IF;
END
$$;

CREATE SCHEMA IF NOT EXISTS portal AUTHORIZATION portal;
