-- The accounts the city pays a provider's statements to: every version kept, never updated. The one in force on a day
-- is the latest with effective_from on or before it (the latest recorded, where two start the same day).
create table payee_account (
    id             uuid         primary key,
    provider_id    uuid         not null references provider (id),
    account_name   varchar(200) not null,
    bank_name      varchar(200) not null,
    bank_code      varchar(12)  not null check (bank_code ~ '^[0-9]{12}$'),
    account_number varchar(32)  not null check (account_number ~ '^[0-9]{8,32}$'),
    name_reason    varchar(500),
    effective_from date         not null,
    recorded_at    timestamptz  not null,
    recorded_by    varchar(200) not null
);

create index payee_account_by_provider on payee_account (provider_id, effective_from, recorded_at);
