-- voucher.v1 carries every log event of the city (20 million a month in a large one). Its consumer records each
-- event's id on the row the event changed, in the same transaction, instead of in inbox_event: a log's accept and
-- void each change it once (a redelivered one finds the change made and does nothing), and a rejection is kept once
-- per log. The inbox row and its index entry per event were a fifth of the database's work on this topic. Rows written
-- before this version have their event ids in inbox_event.
alter table service_log add column accept_event_id uuid, add column void_event_id uuid;
alter table rejected_log add column event_id uuid;
