-- Elders: identity and the facts that never change. Identity number and phone are personal data: stored here only.
create table elder (
    id             uuid         primary key,
    id_number      varchar(18)  not null unique,
    birth_date     date         not null,
    sex            varchar(6)   not null,
    name           varchar(100) not null,
    phone          varchar(20)  not null,
    date_of_death  date,
    registered_at  timestamptz  not null,
    registered_by  varchar(200) not null
);
-- the daily job finds elders whose age crosses a rule threshold by birth date
create index elder_birth_date on elder (birth_date);

-- Effective-dated history, one row per fact change: the state on any date is, per fact, the latest row in force.
create table elder_fact (
    id             uuid         primary key,
    elder_id       uuid         not null references elder (id),
    fact           varchar(30)  not null,
    fact_value     varchar(100) not null,
    effective_from date         not null,
    recorded_at    timestamptz  not null,
    recorded_by    varchar(200) not null
);
create index elder_fact_in_force on elder_fact (elder_id, fact, effective_from desc, recorded_at desc);
create index elder_fact_effective_from on elder_fact (effective_from);

create table elder_assessment (
    id           uuid         primary key,
    elder_id     uuid         not null references elder (id),
    level        integer      not null check (level between 0 and 4),
    assessed_on  date         not null,
    assessor     varchar(100) not null,
    recorded_at  timestamptz  not null,
    recorded_by  varchar(200) not null
);
create index elder_assessment_in_force on elder_assessment (elder_id, assessed_on desc, recorded_at desc);
create index elder_assessment_assessed_on on elder_assessment (assessed_on);

-- Policies as data: rules and scope are JSON documents validated by the service on write.
create table policy (
    id          uuid         primary key,
    code        varchar(50)  not null unique,
    name        varchar(200) not null,
    created_at  timestamptz  not null,
    created_by  varchar(200) not null
);

create table policy_version (
    id          uuid         primary key,
    policy_id   uuid         not null references policy (id),
    version     integer      not null,
    valid_from  date         not null,
    valid_to    date,
    scope       text         not null,
    rules       text         not null,
    created_at  timestamptz  not null,
    created_by  varchar(200) not null,
    unique (policy_id, version)
);

-- Every evaluation of an elder; the current decision is the latest (highest seq) per elder.
create table eligibility_decision (
    seq                bigserial    not null unique,
    id                 uuid         primary key,
    elder_id           uuid         not null references elder (id),
    decided_at         timestamptz  not null,
    as_of              date         not null,
    effective_from     date         not null,
    eligible           boolean      not null,
    monthly_amount_fen bigint       not null,
    categories         varchar(200) not null,
    policy_id          uuid,
    policy_version     integer,
    district_code      varchar(6),
    matched_rules      text         not null,
    explanation        text         not null,
    facts              text         not null,
    outcome_change     varchar(20)  not null,
    revoke_reason      varchar(40),
    decision_trigger   varchar(40)  not null,
    decided_by         varchar(200) not null,
    run_id             uuid
);
create index eligibility_decision_current on eligibility_decision (elder_id, seq desc);
create index eligibility_decision_run on eligibility_decision (run_id) where run_id is not null;

-- Re-certification runs: progress is the keyset position, written in the transaction of each batch.
create table recertification_run (
    id              uuid         primary key,
    as_of           date         not null,
    status          varchar(20)  not null,
    requested_by    varchar(200) not null,
    requested_at    timestamptz  not null,
    started_at      timestamptz,
    finished_at     timestamptz,
    last_elder_id   uuid,
    batches         integer      not null,
    evaluated       bigint       not null,
    granted         bigint       not null,
    changed         bigint       not null,
    revoked         bigint       not null,
    unchanged       bigint       not null
);
-- one run at a time, enforced by the database; a run queued by a new policy version waits its turn
create unique index recertification_run_one_running on recertification_run ((true)) where status = 'RUNNING';

-- Days the daily re-evaluation has covered, so a missed day (downtime, clock moved forward) is caught up.
create table daily_sweep (
    day      date        primary key,
    done_at  timestamptz not null,
    elders   integer     not null
);
