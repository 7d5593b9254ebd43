-- Daily-result events, written in the transaction that stores the daily results and relayed to
-- aq.daily-results.v1 after it commits (DailyResultRelay); a row is deleted once the broker acknowledged it, so a
-- crash or a broker outage between commit and publication delays the event and never loses it.
CREATE TABLE daily_result_outbox (
    id         bigserial   PRIMARY KEY,
    event_key  text        NOT NULL,
    payload    text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
