-- Months whose run (expiry of the month before, then the month's credits) has finished. The run is idempotent, but
-- proving it again examined every account: after each restart the scheduler spent some 15 s of database time on
-- 100,000 accounts to change nothing.
create table monthly_run (
    period       varchar(7)   primary key,
    expired      integer      not null,
    credited     integer      not null,
    finished_at  timestamptz  not null
);
