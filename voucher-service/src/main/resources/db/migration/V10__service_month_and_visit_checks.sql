-- A month's money is spent only by that month's logs (docs/domain.md, "The month a service belongs to"): every entry
-- records the balance of its own period after it, so the balance of a month is its latest entry's figure and the sum
-- of the month's entries. Entries before this release get their month's running sum; where an older rule let a month
-- spend more than its own credit (a log debited after its month had expired, or carried-over money), the figure is
-- clamped at 0, and the check holds for every entry written from now on (NOT VALID: old rows are not re-checked).
alter table ledger_entry add column period_balance_after_fen bigint;
update ledger_entry e set period_balance_after_fen = greatest(0, r.running)
from (select id, sum(amount_fen) over (partition by voucher_id, period order by seq) as running from ledger_entry) r
where r.id = e.id;
alter table ledger_entry alter column period_balance_after_fen set not null;
alter table ledger_entry add constraint ledger_entry_period_balance_not_negative
    check (period_balance_after_fen >= 0) not valid;
-- a month's balance is read as its latest entry: one probe per account and month
create index ledger_entry_voucher_period on ledger_entry (voucher_id, period, seq);
-- CARRY_OVER moves a month's leftover into the next month when the city keeps balances until the year's end
alter table ledger_entry drop constraint ledger_entry_type_check;
alter table ledger_entry add constraint ledger_entry_type_check
    check (type in ('CREDIT', 'DEBIT', 'REVERSAL', 'EXPIRY', 'CARRY_OVER'));
create unique index ledger_entry_one_carry_out on ledger_entry (voucher_id, period)
    where type = 'CARRY_OVER' and amount_fen < 0;

-- The elder's home as the geohash cell eligibility sends (about 150 m), never the point.
alter table voucher add column home_cell varchar(12);

-- The catalogue's duration rules, carried by ContractActivated.
alter table contract_rate add column min_minutes integer check (min_minutes between 0 and 1440);
alter table contract_rate add column unit_rounding varchar(10) check (unit_rounding in ('UP', 'HALF_UP', 'DOWN'));

-- Visits without a location are accepted (and held when the elder has a home cell); confirmation evidence.
alter table service_log alter column latitude drop not null;
alter table service_log alter column longitude drop not null;
alter table service_log add column confirmation_ref varchar(100);
-- held: debited but not payable until its visit exceptions are resolved
alter table service_log add column held boolean not null default false;
-- the visit exceptions raised when the log was stored (their lifecycle is in visit_exception)
alter table service_log add column exception_codes varchar(200) not null default '';
-- corrections: a new version of the log under the same providerLogId, the old one CORRECTED and linked
alter table service_log add column version integer not null default 1;
alter table service_log add column corrects_log_id uuid;
alter table service_log add column correction_reason varchar(30);
alter table service_log add column correction_note varchar(500);
alter table service_log drop constraint service_log_status_check;
alter table service_log add constraint service_log_status_check
    check (status in ('ACCEPTED', 'REJECTED', 'VOIDED', 'CORRECTED'));
alter table service_log drop constraint service_log_provider_id_provider_log_id_key;
alter table service_log add constraint service_log_provider_log_id_version unique (provider_id, provider_log_id, version);

-- Visit exceptions: a log accepted but held until the provider resolves them (and city-admin, if it will, decides).
create table visit_exception (
    id               uuid         primary key,
    service_log_id   uuid         not null,
    provider_id      uuid         not null,
    voucher_id       uuid         not null,
    district_code    varchar(6),
    period           varchar(7)   not null,
    code             varchar(30)  not null check (code in ('LOCATION_MISMATCH', 'DURATION_SHORT', 'CONFIRMATION_FAILED')),
    status           varchar(20)  not null check (status in ('OPEN', 'RESOLVED', 'ACCEPTED', 'REJECTED', 'VOIDED')),
    detail           varchar(300) not null,
    raised_at        timestamptz  not null,
    resolution_code  varchar(30),
    resolution_note  varchar(500),
    resolved_at      timestamptz,
    resolved_by      varchar(200),
    decision_note    varchar(500),
    decided_at       timestamptz,
    decided_by       varchar(200)
);
create index visit_exception_provider_status on visit_exception (provider_id, status, raised_at);
create index visit_exception_period_status on visit_exception (period, status);
create index visit_exception_log on visit_exception (service_log_id);

-- Months whose submission window has ended and whose end was run: unresolved exceptions voided, the month's leftover
-- expired or carried over. Like monthly_run, so a restart does not examine every account again.
create table month_end_run (
    period       varchar(7)   primary key,
    voided       integer      not null,
    expired      integer      not null,
    carried      integer      not null,
    finished_at  timestamptz  not null
);
