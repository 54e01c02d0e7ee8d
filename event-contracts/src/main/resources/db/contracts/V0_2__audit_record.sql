-- Audit trail: every change in the service, who made it and the state before and after (JSON text).
create table audit_record (
    id           uuid         primary key,
    at           timestamptz  not null,
    actor        varchar(200) not null,
    action       varchar(100) not null,
    object_type  varchar(100) not null,
    object_id    varchar(200) not null,
    before_state text,
    after_state  text
);
create index audit_record_object on audit_record (object_type, object_id, at);
create index audit_record_at on audit_record (at);
