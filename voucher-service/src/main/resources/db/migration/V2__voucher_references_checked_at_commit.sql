-- A batch of grants flushes its vouchers, status changes and ledger entries in JDBC batches grouped by entity, so a
-- row may be inserted before the voucher it references (in the same transaction): check the reference at commit.
alter table voucher_status_change alter constraint voucher_status_change_voucher_id_fkey deferrable initially deferred;
alter table ledger_entry alter constraint ledger_entry_voucher_id_fkey deferrable initially deferred;
