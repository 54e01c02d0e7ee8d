-- Settlement's copy of ProviderPayeeChanged: every version of every provider's payee account. The one in force on a
-- day is the latest with effective_from on or before it (the latest received, where two start the same day).
create table payee_account (
    event_id       uuid         primary key,
    provider_id    uuid         not null,
    account_name   varchar(200) not null,
    bank_name      varchar(200) not null,
    bank_code      varchar(12)  not null,
    account_number varchar(32)  not null,
    effective_from date         not null,
    received_at    timestamptz  not null
);
create index payee_account_in_force on payee_account (provider_id, effective_from, received_at);

alter table provider_ref drop column bank_account;

-- The payee a statement is to be paid to, fixed when the city approves it: a later account change does not redirect
-- the payment silently.
alter table statement
    add column payee_account_name   varchar(200),
    add column payee_bank_name      varchar(200),
    add column payee_bank_code      varchar(12),
    add column payee_account_number varchar(32);

-- Every step of a statement's workflow, with who took it and why.
create table statement_step (
    id           uuid          primary key,
    statement_id uuid          not null references statement (id),
    at           timestamptz   not null,
    actor        varchar(200)  not null,
    action       varchar(32)   not null,
    from_status  varchar(16),
    to_status    varchar(16)   not null,
    note         varchar(2000)
);
create index statement_step_of on statement_step (statement_id, at);

-- A payment the bank returns leaves the statement approved and payable again: a statement may have several payments,
-- all but the last returned.
alter table payment drop constraint payment_statement_id_key;
create index payment_of_statement on payment (statement_id, recorded_at);
create table payment_return (
    id             uuid         primary key,
    payment_id     uuid         not null unique references payment (id),
    statement_id   uuid         not null references statement (id),
    returned_on    date         not null,
    reason_code    varchar(4)   not null,
    reason         varchar(500) not null,
    recorded_at    timestamptz  not null,
    recorded_by    varchar(200) not null
);

-- The corrections of a resolved dispute need not name a service log.
alter table adjustment alter column service_log_id drop not null;
