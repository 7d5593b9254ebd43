-- Run by the TimescaleDB image on an empty data volume, as the database owner (POSTGRES_USER, aq); safe to run
-- again on a database set up by an earlier version (psql -d aq -f 10-grafana-reader.sql) to take back what that
-- version granted.
--
-- Grafana reads only the reporting schemas: reporting (migrated by analytics-service) and alert_reporting (migrated
-- by alert-service). Their views belong to aq, who migrates them, so reading a view needs SELECT on the view only,
-- never on the service tables behind it. The schemas are created here, before the services' first start, so that
-- the default privileges below can name them: every table and view aq's migrations create in them later is readable
-- by grafana_reader, and nothing else is (no officials' contacts, no key hashes, no readings).
DO $$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'grafana_reader') THEN
		CREATE ROLE grafana_reader LOGIN PASSWORD 'grafana';
	END IF;
END
$$;

CREATE SCHEMA IF NOT EXISTS reporting;
CREATE SCHEMA IF NOT EXISTS alert_reporting;

-- What earlier versions granted: every schema and table, by default and on what existed.
ALTER DEFAULT PRIVILEGES REVOKE USAGE ON SCHEMAS FROM grafana_reader;
ALTER DEFAULT PRIVILEGES REVOKE SELECT ON TABLES FROM grafana_reader;
ALTER DEFAULT PRIVILEGES REVOKE SELECT ON SEQUENCES FROM grafana_reader;
DO $$
DECLARE
	r record;
BEGIN
	FOR r IN SELECT c.oid::regclass AS relation FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname NOT IN ('reporting', 'alert_reporting', 'pg_catalog', 'information_schema')
			  AND c.relkind IN ('r', 'v', 'm', 'p', 'f', 'S') AND pg_has_role(c.relowner, 'USAGE')
			  AND (has_table_privilege('grafana_reader', c.oid, 'SELECT')
			       OR (c.relkind = 'S' AND has_sequence_privilege('grafana_reader', c.oid, 'SELECT')))
	LOOP
		EXECUTE format('REVOKE ALL ON %s FROM grafana_reader', r.relation);
	END LOOP;
	FOR r IN SELECT n.nspname FROM pg_namespace n
			WHERE n.nspname NOT IN ('reporting', 'alert_reporting') AND pg_has_role(n.nspowner, 'USAGE')
			  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
	LOOP
		EXECUTE format('REVOKE ALL ON SCHEMA %I FROM grafana_reader', r.nspname);
	END LOOP;
END
$$;

GRANT USAGE ON SCHEMA reporting, alert_reporting TO grafana_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA reporting, alert_reporting TO grafana_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting, alert_reporting GRANT SELECT ON TABLES TO grafana_reader;
