-- The submission (one request, a single log or a batch) that stored a log. Its audit record, object type
-- ServiceLogSubmission with this id, lists every log it stored with its outcome: one audit row per request instead of
-- one per log, which had cost the database as much as the log's own row. Logs stored before have their own records.
alter table service_log add column submission_id uuid;
