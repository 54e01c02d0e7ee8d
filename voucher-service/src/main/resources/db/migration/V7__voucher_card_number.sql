-- Every voucher gets the 16-digit number printed on its card (CardNumber): the city's prefix
-- (homecare.voucher.card-prefix, passed in as the Flyway placeholder card_prefix), a number from this sequence,
-- zero-padded, and a Luhn check digit. A sequence never hands out a number twice, also not after a voucher is closed or
-- a transaction rolled back.
create sequence voucher_card_number_seq as bigint start with 1 no cycle;

alter table voucher add column card_number varchar(16) collate "C";

-- Used by this migration only: the application computes the check digit itself (CardNumber.checkDigit).
create function voucher_card_check_digit(payload text) returns integer language sql immutable as $$
    select (10 - sum(case when (length(payload) - i) % 2 = 0
                          then (d * 2) / 10 + (d * 2) % 10
                          else d end) % 10) % 10
    from (select i, substr(payload, i, 1)::integer as d from generate_series(1, length(payload)) as i) as digits
$$;

do $$
begin
    if '${card_prefix}' !~ '^[0-9]{1,9}$' then
        raise exception 'card prefix % must be 1 to 9 digits', '${card_prefix}';
    end if;
    if (select count(*) from voucher) >= 10 ^ (15 - length('${card_prefix}')) then
        raise exception 'the vouchers do not fit in the card numbers of prefix %', '${card_prefix}';
    end if;
end
$$;

-- The vouchers there are, numbered in the order they were opened (id among those of one day).
with numbered as (
    select id, '${card_prefix}' || lpad((row_number() over (order by opened_on, id))::text,
                                        15 - length('${card_prefix}'), '0') as payload
    from voucher
)
update voucher v set card_number = n.payload || voucher_card_check_digit(n.payload)
from numbered n where v.id = n.id;

select setval('voucher_card_number_seq', (select count(*) from voucher) + 1, false);

drop function voucher_card_check_digit(text);

alter table voucher alter column card_number set not null;
alter table voucher add constraint voucher_card_number_digits check (card_number ~ '^[0-9]{16}$');
alter table voucher add constraint voucher_card_number_unique unique (card_number);
