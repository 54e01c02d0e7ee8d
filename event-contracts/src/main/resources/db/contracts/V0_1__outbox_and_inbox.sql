-- Outbox: events written in the same transaction as the change they describe; the relay publishes them.
create table outbox_event (
    seq             bigserial    primary key,
    id              uuid         not null unique,
    topic           varchar(200) not null,
    event_key       varchar(200) not null,
    event_type      varchar(100) not null,
    payload         text         not null,
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    kafka_partition integer,
    kafka_offset    bigint
);
create index outbox_event_unsent on outbox_event (seq) where sent_at is null;

-- Where the relay's recovery starts reading each partition after a crash.
create table outbox_relay_position (
    topic           varchar(200) not null,
    kafka_partition integer      not null,
    next_offset     bigint       not null,
    primary key (topic, kafka_partition)
);

-- Inbox: ids of consumed events, recorded in the transaction that applied them.
create table inbox_event (
    consumer     varchar(200) not null,
    event_id     uuid         not null,
    processed_at timestamptz  not null,
    primary key (consumer, event_id)
);
