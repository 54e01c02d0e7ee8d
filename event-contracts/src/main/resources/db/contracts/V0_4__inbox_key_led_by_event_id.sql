-- Every consumed event probes and extends this key. Led by the consumer's name, each step down the index compared
-- that text (by the database's collation) before the event id, and reading the id behind it cost a slow attribute
-- lookup. Led by the event id (time-ordered, so new entries still go to the right edge), a step compares 16 bytes and
-- the name only on the rare tie. The pair stays unique; every lookup gives both columns.
alter table inbox_event drop constraint inbox_event_pkey;
alter table inbox_event add primary key (event_id, consumer);
