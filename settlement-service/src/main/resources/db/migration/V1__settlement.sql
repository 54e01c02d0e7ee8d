-- A settlement period (calendar month in Asia/Shanghai). The row is the lock that orders a period's close against
-- consumers applying logs of that period: consumers take it FOR SHARE, the close FOR UPDATE.
create table settlement_period (
    period     varchar(7)   primary key,
    status     varchar(16)  not null,
    closed_at  timestamptz,
    closed_by  varchar(200)
);

-- What settlement knows about providers, from provider.v1. Bank account: no event carries it yet.
create table provider_ref (
    id           uuid         primary key,
    credit_code  varchar(18)  not null,
    name         varchar(300) not null,
    status       varchar(16)  not null,
    bank_account varchar(64),
    updated_at   timestamptz  not null
);
create index provider_ref_credit_code on provider_ref (credit_code);

create table provider_status_change (
    id             uuid         primary key,
    provider_id    uuid         not null,
    status         varchar(16)  not null,
    reason         varchar(1000),
    effective_from date         not null
);
create index provider_status_change_provider on provider_status_change (provider_id, effective_from);

-- Caregivers without identity numbers: personKey is the keyed hash provider-service publishes.
create table caregiver_ref (
    id                  uuid         primary key,
    provider_id         uuid         not null,
    person_key          varchar(200) not null,
    certification_level integer      not null,
    registered_from     date         not null,
    deactivated_from    date
);
create index caregiver_ref_person on caregiver_ref (person_key);

-- Revocations and deaths from eligibility.v1, for the anomaly report.
create table elder_status_change (
    id             uuid         primary key,
    elder_id       uuid         not null,
    reason         varchar(100) not null,
    effective_from date         not null
);
create index elder_status_change_elder on elder_status_change (elder_id, effective_from);

-- Log-level copy of accepted (and voided) service logs: ids and district only, no personal data.
-- A void may arrive before its accept: the row then exists with voided_at set and accepted_at null.
-- settled_as: PERIOD (counted in its period's running totals), ADJUSTMENT (arrived after the close), NONE (void seen
-- before accept, nothing to pay); null while only the void is known.
create table service_log (
    id              uuid         primary key,
    provider_log_id varchar(200),
    provider_id     uuid         not null,
    elder_id        uuid,
    voucher_id      uuid,
    caregiver_id    uuid,
    item_code       varchar(64)  not null,
    category        varchar(32),
    district_code   varchar(12),
    units           integer      not null,
    unit_price_fen  bigint       not null,
    amount_fen      bigint       not null,
    service_date    date,
    start_time      timestamptz,
    end_time        timestamptz,
    period          varchar(7)   not null,
    accepted_at     timestamptz,
    voided_at       timestamptz,
    void_reason     varchar(1000),
    settled_as      varchar(16)
);
create index service_log_period_provider on service_log (period, provider_id);
create index service_log_caregiver on service_log (caregiver_id, start_time);
create index service_log_elder on service_log (elder_id, period);

create table rejected_log (
    id              uuid         primary key,
    provider_log_id varchar(200),
    provider_id     uuid         not null,
    elder_id        uuid,
    caregiver_id    uuid,
    item_code       varchar(64),
    district_code   varchar(12),
    reasons         varchar(2000) not null,
    service_date    date,
    period          varchar(7)   not null,
    rejected_at     timestamptz  not null
);
create index rejected_log_period on rejected_log (period, provider_id);

-- Running totals of logs counted in their own period (accepted minus voided), one row per provider, period, item.
create table provider_item_total (
    id          uuid        primary key,
    provider_id uuid        not null,
    period      varchar(7)  not null,
    item_code   varchar(64) not null,
    log_count   bigint      not null,
    units       bigint      not null,
    amount_fen  bigint      not null,
    unique (provider_id, period, item_code)
);

create table statement (
    id              uuid          primary key,
    provider_id     uuid          not null,
    period          varchar(7)    not null,
    status          varchar(16)   not null,
    lines_fen       bigint        not null,
    adjustments_fen bigint        not null,
    total_fen       bigint        not null,
    dispute_reason  varchar(2000),
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null,
    unique (provider_id, period),
    check (total_fen = lines_fen + adjustments_fen)
);
create index statement_period_status on statement (period, status);

create table statement_line (
    statement_id uuid        not null references statement (id),
    item_code    varchar(64) not null,
    log_count    bigint      not null,
    units        bigint      not null,
    amount_fen   bigint      not null,
    primary key (statement_id, item_code)
);

-- An amount added to a provider's statement of target_period (a period still open when it was recorded).
create table adjustment (
    id             uuid          primary key,
    provider_id    uuid          not null,
    service_log_id uuid          not null,
    amount_fen     bigint        not null,
    reason         varchar(1000) not null,
    kind           varchar(24)   not null,
    finding_id     uuid,
    origin_period  varchar(7)    not null,
    target_period  varchar(7)    not null,
    statement_id   uuid          references statement (id),
    created_at     timestamptz   not null,
    created_by     varchar(200)  not null
);
create index adjustment_target on adjustment (target_period, provider_id);
create index adjustment_log on adjustment (service_log_id);

create table payment (
    id             uuid         primary key,
    statement_id   uuid         not null unique references statement (id),
    amount_fen     bigint       not null,
    bank_reference varchar(100) not null,
    paid_on        date         not null,
    recorded_at    timestamptz  not null,
    recorded_by    varchar(200) not null
);

create table audit_sample (
    id         uuid         primary key,
    period     varchar(7)   not null,
    size       integer      not null,
    seed       varchar(100) not null,
    created_at timestamptz  not null,
    created_by varchar(200) not null
);

create table audit_sample_log (
    sample_id      uuid    not null references audit_sample (id),
    position       integer not null,
    service_log_id uuid    not null,
    primary key (sample_id, position)
);

create table audit_finding (
    id             uuid          primary key,
    service_log_id uuid          not null,
    sample_id      uuid,
    verdict        varchar(32)   not null,
    note           varchar(2000) not null,
    created_at     timestamptz   not null,
    created_by     varchar(200)  not null
);
create index audit_finding_log on audit_finding (service_log_id);
