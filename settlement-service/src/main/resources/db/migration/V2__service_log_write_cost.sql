-- The log copy takes every accepted log of the month (20 million in a large city), so each index on it is paid on
-- every event consumed. No query reads these two: the anomaly report matches caregivers by person through
-- caregiver_ref and elders' status changes by joining a scan of the period, and the other reports filter by period and
-- provider. Each cost a random index page per log.
drop index service_log_caregiver;
drop index service_log_elder;

-- A few hundred running totals per period, each updated by nearly every batch: room in their pages lets the update
-- stay there (a heap-only tuple) instead of writing a new index entry each time.
alter table provider_item_total set (fillfactor = 50);
