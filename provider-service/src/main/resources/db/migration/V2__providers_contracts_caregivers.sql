-- Providers (DOMAIN.md "Providers"): registered by city-admin, then approved, suspended, reinstated, terminated.
create table provider (
    id                   uuid         primary key,
    credit_code          varchar(18)  not null unique,
    name                 varchar(200) not null,
    legal_representative varchar(100) not null,
    address              varchar(300) not null,
    phone                varchar(30)  not null,
    status               varchar(20)  not null check (status in ('APPLIED', 'APPROVED', 'SUSPENDED', 'TERMINATED')),
    registered_at        timestamptz  not null,
    version              bigint       not null
);

create table provider_district (
    provider_id   uuid       not null references provider (id),
    district_code varchar(6) not null,
    primary key (provider_id, district_code)
);

create table provider_category (
    provider_id uuid        not null references provider (id),
    category    varchar(20) not null references service_category (code),
    primary key (provider_id, category)
);

-- Every status change with its reason, never updated: the provider's full history.
create table provider_status_change (
    id           uuid         primary key,
    provider_id  uuid         not null references provider (id),
    from_status  varchar(20),
    to_status    varchar(20)  not null,
    reason       varchar(500) not null,
    actor        varchar(200) not null,
    at           timestamptz  not null,
    effective_on date         not null
);
create index provider_status_change_provider on provider_status_change (provider_id, at);

-- A contract's period is [valid_from, valid_to]; ended_on cuts it short. Overlaps are refused under the provider's
-- row lock (see ContractService).
create table contract (
    id          uuid         primary key,
    provider_id uuid         not null references provider (id),
    valid_from  date         not null,
    valid_to    date         not null,
    status      varchar(20)  not null check (status in ('ACTIVE', 'ENDED')),
    ended_on    date,
    end_reason  varchar(500),
    created_at  timestamptz  not null,
    version     bigint       not null,
    check (valid_from <= valid_to)
);
create index contract_provider on contract (provider_id);

create table contract_district (
    contract_id   uuid       not null references contract (id),
    district_code varchar(6) not null,
    primary key (contract_id, district_code)
);

-- The rate card: one price per item from effective_from until the next price of the same item. Rows are only added,
-- so the price on an earlier date never changes.
create table contract_rate (
    id             uuid        primary key,
    contract_id    uuid        not null references contract (id),
    item_code      varchar(20) not null references catalogue_item (code),
    unit_price_fen bigint      not null check (unit_price_fen > 0),
    effective_from date        not null,
    created_at     timestamptz not null,
    unique (contract_id, item_code, effective_from)
);

-- A caregiver's identity number is stored here only; other services get person_key, a keyed hash of it.
create table caregiver (
    id                  uuid         primary key,
    provider_id         uuid         not null references provider (id),
    id_number           varchar(18)  not null,
    person_key          varchar(64)  not null,
    name                varchar(100) not null,
    certification_level integer      not null check (certification_level between 1 and 5),
    status              varchar(20)  not null check (status in ('ACTIVE', 'INACTIVE')),
    registered_on       date         not null,
    deactivated_on      date,
    version             bigint       not null
);
create index caregiver_provider on caregiver (provider_id, status);
-- One person is an active caregiver of at most one provider.
create unique index caregiver_one_active_per_person on caregiver (person_key) where status = 'ACTIVE';

-- Later ceilings of a catalogue item; catalogue_item.ceiling_price_fen is the ceiling before the first of them.
create table catalogue_ceiling (
    id                uuid        primary key,
    item_code         varchar(20) not null references catalogue_item (code),
    ceiling_price_fen bigint      not null check (ceiling_price_fen > 0),
    effective_from    date        not null,
    created_at        timestamptz not null,
    unique (item_code, effective_from)
);
