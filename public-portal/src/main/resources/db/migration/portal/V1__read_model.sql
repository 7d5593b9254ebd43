-- The portal's read model, built only from events; nothing here is read by another service.

-- aq.stations.v1: public station metadata
CREATE TABLE station (
    station_id  text PRIMARY KEY,
    name        text,
    district_id text,
    latitude    double precision,
    longitude   double precision,
    active      boolean NOT NULL,
    changed_at  timestamptz NOT NULL
);

-- aq.station-hours.v1: each station's real-time (hourly) AQI report
CREATE TABLE station_hour (
    station_id         text NOT NULL,
    hour_start         timestamptz NOT NULL,
    district_id        text,
    day                date NOT NULL,
    hour_label         int NOT NULL,
    aqi                int,
    category           text,
    primary_pollutants text NOT NULL,
    pm2_5              double precision,
    pm10               double precision,
    so2                double precision,
    no2                double precision,
    co                 double precision,
    o3                 double precision,
    rule_set           text NOT NULL,
    complete           boolean NOT NULL,
    computed_at        timestamptz NOT NULL,
    PRIMARY KEY (station_id, hour_start)
);
CREATE INDEX station_hour_latest ON station_hour (hour_start DESC);

-- aq.daily-results.v1: district and city daily results
CREATE TABLE daily_result (
    scope              text NOT NULL,
    scope_id           text NOT NULL,
    day                date NOT NULL,
    aqi                int,
    category           text,
    primary_pollutants text NOT NULL,
    valid              boolean NOT NULL,
    rule_set           text NOT NULL,
    concentrations     jsonb NOT NULL,
    computed_at        timestamptz NOT NULL,
    PRIMARY KEY (scope, scope_id, day)
);

-- aq.district-targets.v1: good-day targets as analytics holds them
CREATE TABLE district_target (
    district_id    text NOT NULL,
    year           int NOT NULL,
    district_name  text,
    good_day_rate  numeric,
    good_day_count int,
    changed_at     timestamptz NOT NULL,
    PRIMARY KEY (district_id, year)
);
