-- A row may hold several events of one transaction (a batch of service logs, a bulk re-certification): 1 is a single
-- event with its JSON as the payload; above 1 the payload lists them, one per line (see EventBundle). The relay
-- publishes each as its own Kafka record and removes the row once all are on Kafka; id, topic, event_key and
-- event_type are the first event's.
alter table outbox_event add column event_count integer not null default 1 check (event_count >= 1);
-- A bundle of 100 events is some 90 kB: stored out of line, but not compressed. PostgreSQL's pglz compressed it at
-- about 30 MB/s, 3 ms per batch of logs, while the row lives only until the relay's next poll.
alter table outbox_event alter column payload set storage external;
