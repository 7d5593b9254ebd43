-- Run once by the TimescaleDB image on an empty data volume, as the database owner (POSTGRES_USER, aq).
-- Grafana reads the services' tables through this role and can change nothing. The services create
-- their schemas and tables later (Flyway, as aq); the default privileges below reach those too.
DO $$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'grafana_reader') THEN
		CREATE ROLE grafana_reader LOGIN PASSWORD 'grafana';
	END IF;
END
$$;

ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO grafana_reader;
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO grafana_reader;
ALTER DEFAULT PRIVILEGES GRANT SELECT ON SEQUENCES TO grafana_reader;
