-- The elder's name as a provider's client list shows it: the surname and one '*' (MaskedName), never more, from the
-- grants of eligibility.v1 (elderNameMasked). Null for a voucher whose grant came without one.
alter table voucher add column elder_name_masked varchar(8);
