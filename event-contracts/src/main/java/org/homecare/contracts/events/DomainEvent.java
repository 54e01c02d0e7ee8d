package org.homecare.contracts.events;

/**
 * The payload of one event. The type name, topic and schema version are fixed per record class;
 * the subject is the aggregate id and becomes the Kafka record key, so one aggregate's events stay ordered.
 */
public interface DomainEvent {

    String subject();

    default String type() {
        return getClass().getSimpleName();
    }

    default String topic() {
        return EventCatalog.topicOf(getClass());
    }

    default String dataschema() {
        return type() + "@" + EventCatalog.SCHEMA_VERSION;
    }
}
