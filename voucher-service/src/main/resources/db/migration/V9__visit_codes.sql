-- The elder's phone, from eligibility.v1's grants: where a one-time visit code is sent. Shown masked only.
alter table voucher add column contact_phone varchar(20);

-- One-time codes that confirm a visit (confirmation SMS_CODE): texted to the elder, read back to the caregiver, typed
-- into the log. Only the hash is kept (VisitCode.hashOf: SHA-256 of voucher id, ':' and the code, in hex).
create table visit_code (
    id              uuid          primary key,
    voucher_id      uuid          not null,
    provider_id     uuid          not null,
    code_hash       varchar(64)   not null,
    valid_from      timestamptz   not null,
    valid_until     timestamptz   not null,
    issued_at       timestamptz   not null,
    issued_by       varchar(200)  not null,
    used_at         timestamptz,
    used_by_log_id  uuid
);
-- issuing draws again while the voucher already has the code
create index visit_code_voucher_hash on visit_code (voucher_id, code_hash);
-- the batch path finds its logs' codes by hash alone (VisitCodeStore.byHash): the hash names the voucher already
create index visit_code_hash on visit_code (code_hash);

-- What the recording sender (dev, test, local stack) would have texted; prod's HTTP sender writes nothing here.
create table sent_message (
    id                uuid          primary key,
    voucher_id        uuid,
    recipient_masked  varchar(40),
    text              varchar(500),
    code              varchar(12),
    sent_at           timestamptz
);
create index sent_message_voucher on sent_message (voucher_id, sent_at);
