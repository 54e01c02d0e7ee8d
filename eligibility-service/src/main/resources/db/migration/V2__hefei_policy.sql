-- The default policy (DOMAIN.md, Eligibility): Hefei, 60,000 fen a month, all three categories, area codes 3401xx.
-- Version 1 is the 2013 policy (rules 1-3); version 2 adds rule 4 from 2021.
insert into policy (id, code, name, created_at, created_by)
values ('b6f7c3a0-3401-4c6e-9a51-2013a0000001', 'HEFEI', 'Hefei government-purchased home care', '2013-01-01T00:00:00+08:00', 'system:seed');

insert into policy_version (id, policy_id, version, valid_from, valid_to, scope, rules, created_at, created_by)
values ('b6f7c3a0-3401-4c6e-9a51-2013a0000101', 'b6f7c3a0-3401-4c6e-9a51-2013a0000001', 1, '2013-01-01', '2020-12-31',
'{"districtCodes":[],"districtPrefixes":["3401"]}',
'[{"id":"R1","description":"aged 70+ receiving the minimum living allowance","conditions":[{"fact":"age","op":"GE","value":70},{"fact":"incomeStatus","op":"IN","value":["DIBAO"]}],"monthlyAmountFen":60000,"categories":["REHAB","HOUSEKEEPING","MEAL"]},
{"id":"R2","description":"aged 70+ empty-nest with no children (childless or lost only child)","conditions":[{"fact":"age","op":"GE","value":70},{"fact":"livingArrangement","op":"IN","value":["CHILDLESS","LOST_ONLY_CHILD"]}],"monthlyAmountFen":60000,"categories":["REHAB","HOUSEKEEPING","MEAL"]},
{"id":"R3","description":"everyone aged 90+","conditions":[{"fact":"age","op":"GE","value":90}],"monthlyAmountFen":60000,"categories":["REHAB","HOUSEKEEPING","MEAL"]}]',
'2013-01-01T00:00:00+08:00', 'system:seed');

insert into policy_version (id, policy_id, version, valid_from, valid_to, scope, rules, created_at, created_by)
values ('b6f7c3a0-3401-4c6e-9a51-2013a0000102', 'b6f7c3a0-3401-4c6e-9a51-2013a0000001', 2, '2021-01-01', null,
'{"districtCodes":[],"districtPrefixes":["3401"]}',
'[{"id":"R1","description":"aged 70+ receiving the minimum living allowance","conditions":[{"fact":"age","op":"GE","value":70},{"fact":"incomeStatus","op":"IN","value":["DIBAO"]}],"monthlyAmountFen":60000,"categories":["REHAB","HOUSEKEEPING","MEAL"]},
{"id":"R2","description":"aged 70+ empty-nest with no children (childless or lost only child)","conditions":[{"fact":"age","op":"GE","value":70},{"fact":"livingArrangement","op":"IN","value":["CHILDLESS","LOST_ONLY_CHILD"]}],"monthlyAmountFen":60000,"categories":["REHAB","HOUSEKEEPING","MEAL"]},
{"id":"R3","description":"everyone aged 90+","conditions":[{"fact":"age","op":"GE","value":90}],"monthlyAmountFen":60000,"categories":["REHAB","HOUSEKEEPING","MEAL"]},
{"id":"R4","description":"aged 60+ economically difficult and semi- or fully disabled (ability level 1-4)","conditions":[{"fact":"age","op":"GE","value":60},{"fact":"incomeStatus","op":"IN","value":["DIBAO","TEKUN","LOW_INCOME","ECONOMIC_HARDSHIP"]},{"fact":"abilityLevel","op":"GE","value":1}],"monthlyAmountFen":60000,"categories":["REHAB","HOUSEKEEPING","MEAL"]}]',
'2021-01-01T00:00:00+08:00', 'system:seed');
