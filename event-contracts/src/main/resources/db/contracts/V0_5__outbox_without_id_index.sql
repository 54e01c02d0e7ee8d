-- The relay removes a published batch by seq, the key, and looks rows up by id only when it recovers after a crash, on
-- a table that holds nothing but pending rows. Ids are unique by construction (time-ordered, random low bits); the
-- unique index on them cost every event one more index entry to write and, once published, to clean up.
alter table outbox_event drop constraint outbox_event_id_key;
