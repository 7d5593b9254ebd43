-- Districts whose recent days changed and whose period rules (target at risk, year-over-year rebound, ranking bottom)
-- are due, with the latest changed day: marked in the transaction of the batch that changed the days, taken
-- (deleted) in the transaction of the check that judges them, so a restart forgets nothing and two instances never
-- judge one mark twice.
CREATE TABLE period_rule_due (
    district_id text        PRIMARY KEY,
    day         date        NOT NULL,
    marked_at   timestamptz NOT NULL DEFAULT now()
);

-- The day-close runs of the period rules: the instance whose insert succeeds does the run, in the same transaction.
CREATE TABLE signal_run (
    run        text        NOT NULL,
    day        date        NOT NULL,
    claimed_at timestamptz NOT NULL,
    claimed_by text        NOT NULL,
    PRIMARY KEY (run, day)
);
