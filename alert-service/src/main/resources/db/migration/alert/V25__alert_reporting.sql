-- alert_reporting: what the bureau's screens (Grafana) show of incidents and notifications, without contact details:
-- no recipient address, no message body, no official's phone number or e-mail. Grafana's role reads this schema and
-- nothing else of alert-service (docs/storage.md).
CREATE SCHEMA IF NOT EXISTS alert_reporting;

CREATE VIEW alert_reporting.incident_summary AS
SELECT i.id AS incident_id, i.type, i.district_id, i.station_id, i.pollutant, i.severity, i.status,
       i.status <> 'RESOLVED' AS open, i.summary, i.opened_at, i.last_signal_at, i.acknowledged_at,
       coalesce(o.name, i.acknowledged_by) AS acknowledged_by, i.resolved_at,
       extract(epoch FROM i.acknowledged_at - i.opened_at) AS seconds_to_acknowledge
FROM incident i
LEFT JOIN official o ON o.id = i.acknowledged_by;

-- One row per notification: its channel, status and times (the recipient and the message stay in alert).
CREATE VIEW alert_reporting.notification_status AS
SELECT n.id AS notification_id, n.channel, n.status, n.created_at, n.sent_at
FROM notification n;
