-- Finding elders and district scope read an elder's current state from the elder row itself, never from the
-- effective-dated history: the district and street of the latest decision's facts and that decision's outcome,
-- written with every decision dated today or earlier (DecisionRecorder), and the voucher voucher-service issued.
alter table elder add column id_number_hash varchar(64);
alter table elder add column district_code  varchar(6);
alter table elder add column street         varchar(100);
alter table elder add column eligible       boolean not null default false;
alter table elder add column voucher_id     uuid;
alter table elder add column voucher_card_number varchar(16);

-- id_number_hash is HMAC-SHA256 (hex) of the identity number under the deployment's person-key secret, which SQL
-- never sees: rows registered before this column get theirs at start-up (IdNumberHashBackfill).
comment on column elder.id_number_hash is 'HMAC-SHA256 of id_number under homecare.person-key.secret; the only form a search compares';

update elder e set district_code = f.fact_value from (
    select distinct on (elder_id) elder_id, fact_value from elder_fact
    where fact = 'DISTRICT_CODE' and effective_from <= current_date
    order by elder_id, effective_from desc, recorded_at desc) f
where f.elder_id = e.id;

update elder e set street = f.fact_value from (
    select distinct on (elder_id) elder_id, fact_value from elder_fact
    where fact = 'STREET' and effective_from <= current_date
    order by elder_id, effective_from desc, recorded_at desc) f
where f.elder_id = e.id;

update elder e set eligible = d.eligible from (
    select distinct on (elder_id) elder_id, eligible from eligibility_decision order by elder_id, seq desc) d
where d.elder_id = e.id;

create unique index elder_by_id_number_hash on elder (id_number_hash);
-- names and streets compare by code point (collation "C"): a prefix is an index range, and the order is stable
create index elder_by_name on elder ((name collate "C"), id);
create index elder_by_district_name on elder (district_code, (name collate "C"), id);
create index elder_by_street on elder ((street collate "C"), id);
