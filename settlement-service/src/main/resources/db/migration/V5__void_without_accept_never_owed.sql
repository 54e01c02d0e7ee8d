-- A void seen before any accept now records its log as never owed at once (settled_as NONE), no longer null until an
-- accept comes: a log voucher-service held and then voided is never accepted, so its void is all settlement sees of it.
update service_log set settled_as = 'NONE' where settled_as is null and accepted_at is null and voided_at is not null;
