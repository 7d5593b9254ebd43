-- The reporting schema: what the bureau's screens (Grafana) show, as analytics computed it with the aq-core engine.
-- Grafana's role reads this schema and nothing else (docs/storage.md). Tables hold figures computed for the
-- screens (written by analytics when it computes); views project what analytics' own tables already hold as the
-- engine computed it (daily AQI, category, the daily statistics), with names, and no rule of their own.
CREATE SCHEMA IF NOT EXISTS reporting;

-- The latest real-time (hourly) AQI report of each station (HJ 633's hourly AQI, as on aq.station-hours.v1).
CREATE TABLE reporting.station_hour_latest (
    station_id         text        PRIMARY KEY,
    hour               timestamptz NOT NULL,
    aqi                integer,
    category           text,
    primary_pollutants text        NOT NULL DEFAULT '',
    rule_set           text        NOT NULL,
    complete           boolean     NOT NULL,
    computed_at        timestamptz NOT NULL
);

-- Each district's good days so far against its target, as GET /api/v1/districts/{id}/good-days answers
-- (as of today for this year, the last day of a past year); status NULL without a target.
CREATE TABLE reporting.district_target_progress (
    district_id             text         NOT NULL,
    year                    integer      NOT NULL,
    as_of                   date         NOT NULL,
    valid_days              integer      NOT NULL,
    invalid_days            integer      NOT NULL,
    good_days               integer      NOT NULL,
    excellent_days          integer      NOT NULL,
    heavy_days              integer      NOT NULL,
    good_day_rate           numeric,
    target_good_day_rate    numeric,
    target_good_day_count   integer,
    required_good_days      integer,
    non_good_days_allowed   integer,
    good_days_needed        integer,
    required_remaining_rate numeric,
    status                  text,
    computed_at             timestamptz  NOT NULL,
    PRIMARY KEY (district_id, year)
);

-- Each year's district ranking to date, as GET /api/v1/rankings?year= answers (ordinal = its order there).
CREATE TABLE reporting.district_ranking (
    year                           integer     NOT NULL,
    district_id                    text        NOT NULL,
    ordinal                        integer     NOT NULL,
    from_day                       date        NOT NULL,
    to_day                         date        NOT NULL,
    rank_by_composite_index        integer     NOT NULL,
    composite_index                numeric,
    composite_index_last_year      numeric,
    composite_index_change_percent numeric,
    rank_by_good_day_rate          integer     NOT NULL,
    good_day_rate                  numeric,
    good_day_rate_change           numeric,
    valid_days                     integer     NOT NULL,
    bottom_three                   boolean     NOT NULL,
    computed_at                    timestamptz NOT NULL,
    PRIMARY KEY (year, district_id)
);

CREATE VIEW reporting.district AS
SELECT d.district_id, coalesce(r.name, d.district_id) AS name
FROM (SELECT district_id FROM station WHERE NOT deleted UNION SELECT district_id FROM district) d
LEFT JOIN district r ON r.district_id = d.district_id;

CREATE VIEW reporting.station AS
SELECT station_id, coalesce(name, station_id) AS name, district_id, latitude, longitude, active
FROM station
WHERE NOT deleted;

CREATE VIEW reporting.station_latest AS
SELECT l.station_id, s.name, s.district_id, d.name AS district_name, s.latitude, s.longitude, l.hour, l.aqi,
       l.category, l.primary_pollutants, l.rule_set, l.complete
FROM reporting.station_hour_latest l
JOIN reporting.station s ON s.station_id = l.station_id
LEFT JOIN reporting.district d ON d.district_id = s.district_id;

-- Daily results of districts and of the city: the engine's AQI, category and daily statistics (NULL when not valid).
CREATE VIEW reporting.district_day AS
SELECT r.scope_id AS district_id, coalesce(n.name, r.scope_id) AS district_name, r.day, r.aqi, r.category,
       r.primary_pollutants, r.valid, r.stations, r.pm2_5_24h, r.pm10_24h, r.so2_24h, r.no2_24h, r.co_24h, r.o3_8h
FROM daily_result r
LEFT JOIN district n ON n.district_id = r.scope_id
WHERE r.scope = 'DISTRICT';

CREATE VIEW reporting.city_day AS
SELECT r.scope_id AS city_id, r.day, r.aqi, r.category, r.primary_pollutants, r.valid, r.stations, r.pm2_5_24h,
       r.pm10_24h, r.so2_24h, r.no2_24h, r.co_24h, r.o3_8h
FROM daily_result r
WHERE r.scope = 'CITY';

-- Hourly values of stations and the hourly means of districts (the trends).
CREATE VIEW reporting.station_hour AS
SELECT h.station_id, s.district_id, h.pollutant, h.hour, h.value
FROM hourly_value h
JOIN station s ON s.station_id = h.station_id;

CREATE VIEW reporting.district_hour AS
SELECT h.district_id, coalesce(n.name, h.district_id) AS district_name, h.pollutant, h.hour, h.value, h.stations
FROM district_hour h
LEFT JOIN district n ON n.district_id = h.district_id;

-- Each district day's statistic per pollutant, the one the daily trends use (the 24-hour mean; O3 the daily maximum
-- 8-hour mean, HJ 633 Table 1), NULL when not valid.
CREATE VIEW reporting.district_day_statistic AS
SELECT d.district_id, d.district_name, d.day, s.pollutant, s.value
FROM reporting.district_day d
CROSS JOIN LATERAL (VALUES ('PM2_5', d.pm2_5_24h), ('PM10', d.pm10_24h), ('SO2', d.so2_24h), ('NO2', d.no2_24h),
                           ('CO', d.co_24h), ('O3', d.o3_8h)) AS s (pollutant, value);
