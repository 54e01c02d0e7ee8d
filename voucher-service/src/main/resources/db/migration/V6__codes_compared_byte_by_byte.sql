-- The text keys of the two tables every accepted log writes to are codes and ids (provider log ids, person keys, item
-- codes, periods, statuses), never words: their order in an index means nothing to a reader. Under the database's
-- locale collation (libc C.UTF-8 here, a language's elsewhere) each step of an index descent copied both strings and
-- called the C library's strcoll; under "C" it compares bytes. Inserting 200,000 logs into a copy of service_log with
-- all its indexes took 16-20 % less time. Equality and the uniqueness of each key are the same under both.
alter table service_log
    alter column provider_log_id type varchar(64)  collate "C",
    alter column person_key      type varchar(200) collate "C",
    alter column item_code       type varchar(40)  collate "C",
    alter column period          type varchar(7)   collate "C",
    alter column status          type varchar(20)  collate "C";
alter table ledger_entry
    alter column period type varchar(7) collate "C";
