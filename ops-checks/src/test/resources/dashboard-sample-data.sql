-- A little of everything the dashboards read, written by the services' own column names, so that every
-- panel query of the check returns rows: two districts with two stations each, 2025 and 2026 daily
-- results, a week of hourly values in both years, targets, incidents and notifications.

INSERT INTO ingest.station (id, name, district_id, kind, latitude, longitude, active)
VALUES ('dongsi', 'Dongsi', 'dongcheng', 'NATIONAL', 39.929, 116.417, true),
       ('tiantan', 'Tiantan', 'dongcheng', 'NATIONAL', 39.886, 116.407, true),
       ('guanyuan', 'Guanyuan', 'xicheng', 'NATIONAL', 39.929, 116.339, true),
       ('wanshouxigong', 'Wanshouxigong', 'xicheng', 'NATIONAL', 39.878, 116.352, true);

INSERT INTO analytics.station (station_id, district_id)
SELECT id, district_id FROM ingest.station;

INSERT INTO analytics.district (district_id, name, city_id)
VALUES ('dongcheng', 'Dongcheng 东城', 'beijing'), ('xicheng', 'Xicheng 西城', 'beijing');

INSERT INTO analytics.district_target (district_id, year, good_day_rate, good_day_count)
VALUES ('dongcheng', 2026, 80.0, NULL), ('xicheng', 2026, NULL, 290), ('dongcheng', 2025, 78.0, NULL);

-- daily results: AQI from a seasonal curve, every eleventh day without a valid result
INSERT INTO analytics.daily_result (scope, scope_id, day, district_id, aqi, category, primary_pollutants, valid,
        rule_set, stations, pm2_5_24h, pm10_24h, so2_24h, no2_24h, co_24h, o3_1h, o3_8h)
SELECT s.scope, s.scope_id, d::date, s.district_id,
       CASE WHEN extract(doy FROM d)::int % 11 = 0 THEN NULL
            ELSE (60 + 50 * cos(2 * pi() * extract(doy FROM d) / 365) + s.offset_aqi)::int END,
       CASE WHEN extract(doy FROM d)::int % 11 = 0 THEN NULL
            WHEN 60 + 50 * cos(2 * pi() * extract(doy FROM d) / 365) + s.offset_aqi <= 50 THEN 'EXCELLENT'
            WHEN 60 + 50 * cos(2 * pi() * extract(doy FROM d) / 365) + s.offset_aqi <= 100 THEN 'GOOD'
            ELSE 'LIGHTLY_POLLUTED' END,
       'PM2_5', extract(doy FROM d)::int % 11 <> 0, 'hj633-2026', 1,
       40 + 30 * cos(2 * pi() * extract(doy FROM d) / 365), 70, 8, 35, 0.9, 120, 100
FROM generate_series(DATE '2025-01-01', DATE '2026-11-27', INTERVAL '1 day') d
CROSS JOIN (VALUES ('STATION', 'dongsi', 'dongcheng', 5), ('STATION', 'tiantan', 'dongcheng', 0),
                   ('STATION', 'guanyuan', 'xicheng', 10), ('STATION', 'wanshouxigong', 'xicheng', -5),
                   ('DISTRICT', 'dongcheng', 'dongcheng', 3), ('DISTRICT', 'xicheng', 'xicheng', 2),
                   ('CITY', 'beijing', NULL, 2)) AS s (scope, scope_id, district_id, offset_aqi);

INSERT INTO analytics.hourly_value (station_id, pollutant, hour, value, samples)
SELECT st.id, p.pollutant, h, 30 + 20 * sin(extract(hour FROM h) / 24.0 * 2 * pi()), 1
FROM ingest.station st
CROSS JOIN (VALUES ('PM2_5'), ('PM10'), ('O3')) AS p (pollutant)
CROSS JOIN (SELECT generate_series(TIMESTAMPTZ '2025-03-01 00:00+08', TIMESTAMPTZ '2025-03-07 23:00+08', INTERVAL '1 hour')
            UNION ALL
            SELECT generate_series(TIMESTAMPTZ '2026-03-01 00:00+08', TIMESTAMPTZ '2026-03-07 23:00+08', INTERVAL '1 hour')) AS hours (h);

INSERT INTO alert.incident (id, deduplication_key, type, district_id, station_id, pollutant, severity, status, summary,
        figures, opened_at, last_signal_at, acknowledged_at, acknowledged_by, resolved_at)
VALUES ('00000000-0000-0000-0000-000000000001', 'HEAVY_POLLUTION:dongcheng:2026-03-02', 'HEAVY_POLLUTION', 'dongcheng',
        NULL, 'PM2_5', 'CRITICAL', 'OPEN', 'Heavy pollution expected', NULL,
        '2026-03-02 09:00+08', '2026-03-02 10:00+08', NULL, NULL, NULL),
       ('00000000-0000-0000-0000-000000000002', 'SHORT_TERM_REBOUND:xicheng:PM2_5', 'SHORT_TERM_REBOUND', 'xicheng',
        'guanyuan', 'PM2_5', 'WARNING', 'ACKNOWLEDGED', 'PM2.5 rebounds', NULL,
        '2026-03-03 07:00+08', '2026-03-03 08:00+08', '2026-03-03 07:25+08', 'liu-yang', NULL),
       ('00000000-0000-0000-0000-000000000003', 'SUSTAINED_EXCEEDANCE:xicheng:PM2_5', 'SUSTAINED_EXCEEDANCE', 'xicheng',
        NULL, 'PM2_5', 'WARNING', 'RESOLVED', 'Three hours above 100', NULL,
        '2026-03-01 20:00+08', '2026-03-01 22:00+08', '2026-03-01 20:40+08', 'liu-yang', '2026-03-02 06:00+08');

INSERT INTO alert.notification (id, deduplication_key, signal_id, official_id, channel, recipient, subject, body,
        status, attempts, last_result, created_at, sent_at, incident_id, kind, round, idempotency_key, not_before)
SELECT ('00000000-0000-0000-0001-00000000000' || n)::uuid, 'HEAVY_POLLUTION:dongcheng:2026-03-02', NULL, 'zhang-min',
       c.channel, 'zhang.min@dongcheng.aq.local', 'Heavy pollution', 'text', c.status, 1, '250 OK',
       TIMESTAMPTZ '2026-03-02 09:00+08' + n * INTERVAL '1 hour', TIMESTAMPTZ '2026-03-02 09:01+08' + n * INTERVAL '1 hour',
       '00000000-0000-0000-0000-000000000001', 'ALERT', 0, 'k' || n, TIMESTAMPTZ '2026-03-02 09:00+08'
FROM (VALUES (1, 'EMAIL', 'SENT'), (2, 'SMS', 'SENT'), (3, 'SMS', 'FAILED'), (4, 'EMAIL', 'FELL_BACK')) AS c (n, channel, status);
