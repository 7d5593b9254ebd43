-- A counter per year, raised by every transaction that stores new or changed district days of that year: an answer
-- computed from the district days of some years stays the answer while their counters are unchanged (the rankings
-- API keeps its answers that long, on every instance).
CREATE TABLE district_day_version (
    year    integer PRIMARY KEY,
    version bigint  NOT NULL
);
