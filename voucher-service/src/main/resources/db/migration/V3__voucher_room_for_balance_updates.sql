-- Every accepted log updates its voucher's balance. Room left in each page lets PostgreSQL write the new row version
-- beside the old one without touching the voucher's indexes (a HOT update); full pages made most of them index writes.
alter table voucher set (fillfactor = 70);
