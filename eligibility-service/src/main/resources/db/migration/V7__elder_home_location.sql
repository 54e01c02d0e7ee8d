-- The home point a caseworker records with the address: personal data, kept on the elder row only. Facts (HOME_CELL in
-- elder_fact), decisions, events, views and audit records carry its geohash cell (precision 7, about 150 m) instead.
-- Both or neither; a NaN fails the ranges (PostgreSQL orders it above every number).
alter table elder
    add column home_latitude  double precision,
    add column home_longitude double precision,
    add constraint elder_home_point check ((home_latitude is null) = (home_longitude is null)
        and home_latitude between -90 and 90 and home_longitude between -180 and 180);

-- The home cell a decision was made with: a changed cell of an eligible elder is a changed outcome (voucher-service
-- checks visits against it), told by comparing with the current decision as amount and district are.
alter table eligibility_decision add column home_cell varchar(12);
