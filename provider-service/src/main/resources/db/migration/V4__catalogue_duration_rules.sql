-- The catalogue's duration rules, published on each rate of ContractActivated: voucher-service flags a visit shorter
-- than min_minutes (DURATION_SHORT) and, for HOUR items, checks the billed hours against the visit's minutes rounded
-- by unit_rounding (UP: 61 min -> 2 h; HALF_UP: 89 min -> 1 h, 90 min -> 2 h; DOWN: 119 min -> 1 h).
-- min_minutes null: no minimum. unit_rounding only for HOUR items, and every HOUR item has one. A VISIT or MEAL
-- minimum above the norm would refuse the usual visit; an HOUR item's norm is one hour, its minimum may be longer.
alter table catalogue_item
    add column min_minutes   integer     check (min_minutes between 0 and 1440),
    add column unit_rounding varchar(10) check (unit_rounding in ('UP', 'HALF_UP', 'DOWN'));

-- Values for the Hefei sample:
-- * VISIT items: half the norm, rounded up (60 -> 30, 45 -> 23, 15 -> 8). A visit under half its usual length did
--   not deliver the service; a tighter minimum would flag ordinary variation between elders, as the norm is an
--   average, not a floor.
-- * H07 (shopping and errands) and H13 (emergency assistance): no minimum. The errand is done away from the home, so
--   the recorded visit is only the hand-over; an emergency takes what it takes, and a minimum would flag exactly the
--   quick responses the city wants.
-- * HOUR items: HALF_UP, minimum 30 minutes. The nearest whole hour favours neither side (UP would pay a full hour
--   for a minute, DOWN nothing for 59); under half an hour HALF_UP bills no hour at all, so such a visit is short.
-- * MEAL items: no minimum. A meal is handed over or served, its minutes say nothing about it.
update catalogue_item set min_minutes = (norm_minutes + 1) / 2 where unit = 'VISIT' and code not in ('H07', 'H13');
update catalogue_item set min_minutes = 30, unit_rounding = 'HALF_UP' where unit = 'HOUR';

alter table catalogue_item
    add constraint catalogue_item_rounding_only_for_hours check ((unit = 'HOUR') = (unit_rounding is not null)),
    add constraint catalogue_item_minimum_within_norm check (unit = 'HOUR' or min_minutes <= norm_minutes);
