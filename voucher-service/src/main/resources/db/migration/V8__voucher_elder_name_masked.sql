-- The elder's name as a provider's client list shows it: the surname and one '*' (MaskedName), never more. Null until
-- eligibility.v1 carries one.
alter table voucher add column elder_name_masked varchar(8);
