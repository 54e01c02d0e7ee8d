-- The relay now deletes a row once Kafka has it (the offsets it reached stay in outbox_relay_position): every row in
-- outbox_event is pending, so the index of pending rows and the columns of the published ones go.
delete from outbox_event where sent_at is not null;
drop index outbox_event_unsent;
alter table outbox_event drop column sent_at, drop column kafka_partition, drop column kafka_offset;
