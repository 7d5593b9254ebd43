-- Hourly value per station and pollutant: the mean of the readings whose period starts in the hour.
-- hour = start of the hour (an hourly value at 08:00 covers 08:00-09:00).
CREATE TABLE hourly_value (
    station_id text             NOT NULL,
    pollutant  text             NOT NULL,
    hour       timestamptz      NOT NULL,
    value      double precision NOT NULL,
    samples    integer          NOT NULL,
    PRIMARY KEY (station_id, pollutant, hour)
);
CREATE INDEX hourly_value_station_hour_idx ON hourly_value (station_id, hour);

-- Stored daily results for scope station, district or city. The concentrations are the valid daily
-- statistics (NULL when not valid), canonical units, unrounded; the AQI is NULL when not valid.
CREATE TABLE daily_result (
    scope        text             NOT NULL,
    scope_id     text             NOT NULL,
    day          date             NOT NULL,
    district_id  text,
    aqi          integer,
    category     text,
    primary_pollutants text       NOT NULL DEFAULT '',
    valid        boolean          NOT NULL,
    rule_set     text             NOT NULL,
    stations     integer          NOT NULL DEFAULT 1,
    pm2_5_24h    double precision,
    pm10_24h     double precision,
    so2_24h      double precision,
    no2_24h      double precision,
    co_24h       double precision,
    o3_1h        double precision,
    o3_8h        double precision,
    computed_at  timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, scope_id, day)
);
CREATE INDEX daily_result_district_day_idx ON daily_result (district_id, day) WHERE scope = 'station';
CREATE INDEX daily_result_scope_day_idx ON daily_result (scope, day);

-- Station metadata from aq.stations.v1; last_reading_at = when analytics last received a reading.
CREATE TABLE station (
    station_id      text        PRIMARY KEY,
    district_id     text        NOT NULL,
    active          boolean     NOT NULL DEFAULT true,
    deleted         boolean     NOT NULL DEFAULT false,
    known_since     timestamptz NOT NULL DEFAULT now(),
    last_reading_at timestamptz
);

-- District registry and annual targets (admin API).
CREATE TABLE district (
    district_id text PRIMARY KEY,
    name        text NOT NULL,
    city_id     text NOT NULL
);

CREATE TABLE district_target (
    district_id      text    NOT NULL REFERENCES district ON DELETE CASCADE,
    year             integer NOT NULL,
    good_day_rate    numeric(4, 1),
    good_day_count   integer,
    pm2_5_annual_mean numeric(6, 1),
    max_heavy_days   integer,
    PRIMARY KEY (district_id, year),
    CHECK ((good_day_rate IS NULL) <> (good_day_count IS NULL))
);

-- Conditions that were signalled and have not yet been reported RECOVERED.
CREATE TABLE open_signal (
    deduplication_key text        PRIMARY KEY,
    type              text        NOT NULL,
    district_id       text        NOT NULL,
    station_id        text,
    pollutant         text,
    opened_at         timestamptz NOT NULL
);
