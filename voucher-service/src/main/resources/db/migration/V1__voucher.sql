-- Projections of provider.v1: no foreign keys between them, because events of different aggregates may arrive in any
-- order (a caregiver may be stored before its provider is known).
create table provider (
    id              uuid         primary key,
    credit_code     varchar(18)  unique,
    name            varchar(300),
    district_codes  varchar(2000) not null default '',
    categories      varchar(200) not null default ''
);

-- Status timeline of a provider: the status on a date is the latest change effective on or before it.
create table provider_status_change (
    id              uuid         primary key,
    provider_id     uuid         not null,
    seq             integer      not null,
    status          varchar(20)  not null,
    effective_from  date         not null,
    unique (provider_id, seq)
);

create table contract (
    id              uuid         primary key,
    provider_id     uuid         not null,
    valid_from      date         not null,
    valid_to        date         not null,
    district_codes  varchar(2000) not null,
    ended_on        date
);
create index contract_provider on contract (provider_id);

create table contract_rate (
    id              uuid         primary key,
    contract_id     uuid         not null,
    item_code       varchar(40)  not null,
    category        varchar(40)  not null,
    unit            varchar(20)  not null,
    unit_price_fen  bigint       not null check (unit_price_fen >= 0),
    effective_from  date         not null,
    unique (contract_id, item_code, effective_from)
);

create table caregiver (
    id              uuid         primary key,
    provider_id     uuid         not null,
    person_key      varchar(200) not null,
    active_from     date,
    active_until    date
);
create index caregiver_provider on caregiver (provider_id);

-- Periods closed by settlement-service (PeriodClosed): no log for a date in them is accepted any more.
create table closed_period (
    id              uuid         primary key,
    period          varchar(7)   not null unique,
    closed_at       timestamptz  not null
);

-- Voucher accounts: one per elder. The balance is the sum of the ledger entries and never negative.
create table voucher (
    id                 uuid         primary key,
    elder_id           uuid         not null unique,
    status             varchar(20)  not null,
    district_code      varchar(6)   not null,
    categories         varchar(200) not null,
    monthly_amount_fen bigint       not null check (monthly_amount_fen >= 0),
    balance_fen        bigint       not null check (balance_fen >= 0),
    entry_count        integer      not null,
    status_count       integer      not null,
    opened_on          date         not null
);
create index voucher_district on voucher (district_code);

create table voucher_status_change (
    id              uuid         primary key,
    voucher_id      uuid         not null references voucher (id),
    seq             integer      not null,
    status          varchar(20)  not null,
    effective_from  date         not null,
    reason          varchar(200),
    unique (voucher_id, seq)
);

-- Append-only: rows are never updated or deleted. seq numbers a voucher's entries without gaps.
create table ledger_entry (
    id                uuid         primary key,
    voucher_id        uuid         not null references voucher (id),
    seq               integer      not null,
    type              varchar(20)  not null check (type in ('CREDIT', 'DEBIT', 'REVERSAL', 'EXPIRY')),
    amount_fen        bigint       not null,
    balance_after_fen bigint       not null check (balance_after_fen >= 0),
    period            varchar(7)   not null,
    reference         varchar(200) not null,
    at                timestamptz  not null,
    unique (voucher_id, seq)
);
-- One monthly credit and one expiry per account and period, whoever (scheduler, admin, grant) tries twice.
create unique index ledger_entry_one_credit on ledger_entry (voucher_id, period) where type = 'CREDIT';
create unique index ledger_entry_one_expiry on ledger_entry (voucher_id, period) where type = 'EXPIRY';

create table service_log (
    id               uuid         primary key,
    provider_id      uuid         not null,
    provider_log_id  varchar(64)  not null,
    voucher_id       uuid,
    elder_id         uuid,
    caregiver_id     uuid         not null,
    person_key       varchar(200),
    item_code        varchar(40)  not null,
    category         varchar(40),
    district_code    varchar(6),
    start_time       timestamptz  not null,
    end_time         timestamptz  not null,
    service_date     date         not null,
    period           varchar(7)   not null,
    units            integer      not null,
    latitude         double precision not null,
    longitude        double precision not null,
    confirmation     varchar(20)  not null,
    unit_price_fen   bigint,
    amount_fen       bigint,
    balance_after_fen bigint,
    status           varchar(20)  not null check (status in ('ACCEPTED', 'REJECTED', 'VOIDED')),
    reasons          varchar(1000) not null default '',
    submitted_at     timestamptz  not null,
    submitted_by     varchar(200) not null,
    voided_at        timestamptz,
    void_reason      varchar(500),
    -- the idempotency key: two submissions of one log can never both be stored
    unique (provider_id, provider_log_id)
);
create index service_log_provider_period on service_log (provider_id, period, status);
create index service_log_period_status on service_log (period, status);
create index service_log_voucher on service_log (voucher_id);
create index service_log_person_time on service_log (person_key, start_time) where status = 'ACCEPTED';
-- DUPLICATE_SERVICE, enforced by the database as well: one accepted service per elder, item and start time.
create unique index service_log_one_service on service_log (elder_id, item_code, start_time) where status = 'ACCEPTED';
