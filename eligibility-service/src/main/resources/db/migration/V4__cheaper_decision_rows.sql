-- A first re-certification writes a decision row for every elder (a million in one run). Per row, the foreign key to
-- elder ran a query of its own and two of the five indexes served no read; together they cost PostgreSQL about as
-- much as storing the row itself.

-- seq is drawn from its sequence and never written otherwise: eligibility_decision_current (elder_id, seq desc) is
-- the index reads use, a second unique index on seq alone is redundant.
alter table eligibility_decision drop constraint eligibility_decision_seq_key;

-- No query of the service selects decisions by run: the run's counts live in recertification_run and
-- recertification_batch.
drop index eligibility_decision_run;

-- The reference to elder is still enforced by the database, once per statement instead of once per row: the rows of
-- an INSERT or COPY are checked in one anti-join. On the elder side an elder with decisions can be neither deleted
-- nor given another id, as the foreign key's NO ACTION did. (Writers of decisions lock the elder row first, so a
-- concurrent delete waits for them and then sees their rows.)
alter table eligibility_decision drop constraint eligibility_decision_elder_id_fkey;

create function eligibility_decision_elder_exists() returns trigger language plpgsql as $$
begin
    if exists (select 1 from inserted_decisions d where not exists (select 1 from elder e where e.id = d.elder_id)) then
        raise foreign_key_violation using message = 'eligibility_decision.elder_id refers to no elder';
    end if;
    return null;
end
$$;

create trigger eligibility_decision_elder_exists after insert on eligibility_decision
    referencing new table as inserted_decisions
    for each statement execute function eligibility_decision_elder_exists();

create function elder_keeps_its_decisions() returns trigger language plpgsql as $$
begin
    if (tg_op = 'DELETE' or new.id <> old.id)
            and exists (select 1 from eligibility_decision d where d.elder_id = old.id) then
        raise foreign_key_violation using message = 'elder ' || old.id || ' has eligibility decisions';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

create trigger elder_keeps_its_decisions before delete or update of id on elder
    for each row execute function elder_keeps_its_decisions();

-- Re-certification reads the facts and assessments in force for a range of 2,000 elder ids per batch. Their rows lie
-- scattered over the heap (written as elders change, in no id order): about one heap page per row. With the values
-- in the index the read is an index-only scan in the order it needs, without a sort.
drop index elder_fact_in_force;
create index elder_fact_in_force on elder_fact (elder_id, fact, effective_from desc, recorded_at desc)
    include (fact_value);
drop index elder_assessment_in_force;
create index elder_assessment_in_force on elder_assessment (elder_id, assessed_on desc, recorded_at desc)
    include (level);
