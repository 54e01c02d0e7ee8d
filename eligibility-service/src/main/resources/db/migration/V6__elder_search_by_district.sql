-- A district's list filtered by eligibility or street is counted from an index alone (a total is part of every page):
-- with the column only on the row, counting a district of 150,000 elders read the table.
create index elder_by_district_eligible_name on elder (district_code, eligible, (name collate "C"), id);
create index elder_by_district_street on elder (district_code, (street collate "C"), id);
