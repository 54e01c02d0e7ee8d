-- A re-certification run stores a decision row only for elders whose outcome changes. Each committed batch leaves
-- this compact record of its evaluation instead: every elder of [first_elder_id, last_elder_id] without a decision
-- row of the run was evaluated as of the run's date with an unchanged outcome. That evaluation is reproducible: facts,
-- assessments and policy versions are effective-dated and append-only (read them as recorded before evaluated_at).
create table recertification_batch (
    run_id          uuid         not null references recertification_run (id),
    batch_no        integer      not null,
    first_elder_id  uuid         not null,
    last_elder_id   uuid         not null,
    evaluated       integer      not null,
    granted         integer      not null,
    changed         integer      not null,
    revoked         integer      not null,
    unchanged       integer      not null,
    policy_versions text         not null,
    evaluated_at    timestamptz  not null,
    primary key (run_id, batch_no)
);
