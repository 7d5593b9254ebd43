CREATE TABLE station (
    id          text PRIMARY KEY,
    name        text        NOT NULL,
    district_id text        NOT NULL,
    kind        text        NOT NULL,
    latitude    double precision,
    longitude   double precision,
    active      boolean     NOT NULL DEFAULT true,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX station_district_idx ON station (district_id);
