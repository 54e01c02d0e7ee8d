package org.homecare.contracts.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.homecare.contracts.events.DomainEvent;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.MalformedEventException;
import org.homecare.contracts.events.ProviderEvents.ContractEnded;
import org.homecare.contracts.events.ProviderEvents.ProviderApproved;
import org.homecare.contracts.events.ProviderEvents.ProviderSuspended;
import org.homecare.contracts.events.Topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventRoutesTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final UUID PROVIDER = UUID.randomUUID();

    private record Seen(UUID eventId, DomainEvent data) {
    }

    private final List<Seen> handled = new ArrayList<>();

    private final EventRoutes<?> handlers = EventRoutes.of(Topics.PROVIDER)
            .on(ProviderApproved.class, (id, e) -> handled.add(new Seen(id, e)))
            .on(ProviderSuspended.class, (id, e) -> handled.add(new Seen(id, e)))
            .passOver(ContractEnded.class);

    private final EventRoutes<Seen> readings = EventRoutes.<Seen>of(Topics.PROVIDER)
            .read(ProviderApproved.class, Seen::new)
            .read(ProviderSuspended.class, Seen::new)
            .passOver(ContractEnded.class);

    @Test
    void dispatches_each_event_to_the_handler_of_its_type_with_its_id_and_record() {
        UUID approvedId = UUID.randomUUID();
        UUID suspendedId = UUID.randomUUID();
        ProviderApproved approved = new ProviderApproved(PROVIDER, "91340100MA2NHC015G", "A", List.of("340102"),
                List.of("MEAL"), JAN);
        ProviderSuspended suspended = new ProviderSuspended(PROVIDER, "audit", JAN);

        handlers.dispatch(json(suspendedId, suspended));
        handlers.dispatch(json(approvedId, approved));

        assertThat(handled).containsExactly(new Seen(suspendedId, suspended), new Seen(approvedId, approved));
    }

    @Test
    void reads_an_event_into_what_a_batch_applies() {
        UUID id = UUID.randomUUID();
        ProviderSuspended suspended = new ProviderSuspended(PROVIDER, "audit", JAN);

        assertThat(readings.read(json(id, suspended))).contains(new Seen(id, suspended));
        assertThat(readings.read(json(id, suspended), "ProviderSuspended")).contains(new Seen(id, suspended));
        assertThat(readings.read(json(id, suspended), null)).contains(new Seen(id, suspended));
    }

    @Test
    void passes_over_a_known_type_the_consumer_has_no_use_for() {
        String ended = json(UUID.randomUUID(), new ContractEnded(UUID.randomUUID(), PROVIDER, JAN, "expired"));

        handlers.dispatch(ended);

        assertThat(handled).isEmpty();
        assertThat(readings.read(ended)).isEmpty();
        assertThat(readings.read(ended, "ContractEnded")).isEmpty();
    }

    @Test
    void an_unknown_type_is_malformed_and_names_the_type_topic_and_event() {
        UUID id = UUID.randomUUID();
        String exploded = "{\"id\":\"" + id + "\",\"type\":\"ProviderExploded\",\"data\":{}}";
        // ContractActivated is a provider.v1 event, but neither routed nor passed over here
        String activated = "{\"id\":\"" + id + "\",\"type\":\"ContractActivated\",\"data\":{}}";

        assertThatThrownBy(() -> handlers.dispatch(exploded)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ProviderExploded").hasMessageContaining(Topics.PROVIDER)
                .hasMessageContaining(id.toString());
        assertThatThrownBy(() -> readings.read(exploded, "ProviderExploded"))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> readings.read(activated)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ContractActivated");
        assertThat(handled).isEmpty();
    }

    @Test
    void unreadable_json_is_malformed_whatever_the_header_says() {
        for (String header : new String[] { null, "ProviderSuspended", "ContractEnded", "ProviderExploded" }) {
            assertThatThrownBy(() -> readings.read("{this is not an event", header)).as(String.valueOf(header))
                    .isInstanceOf(MalformedEventException.class);
        }
        assertThatThrownBy(() -> handlers.dispatch("{\"this is\": \"not an envelope\""))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("not a JSON event envelope");
        assertThatThrownBy(() -> handlers.dispatch("{\"type\":\"ProviderSuspended\",\"data\":{}}"))
                .as("no id").isInstanceOf(MalformedEventException.class);
        assertThat(handled).isEmpty();
    }

    @Test
    void data_that_does_not_match_its_type_is_malformed() {
        String wrongData = "{\"id\":\"" + UUID.randomUUID()
                + "\",\"type\":\"ProviderSuspended\",\"data\":{\"providerId\":\"not-a-uuid\"}}";

        assertThatThrownBy(() -> handlers.dispatch(wrongData)).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> readings.read(wrongData, "ProviderSuspended"))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void text_holding_another_type_than_its_header_names_is_malformed() {
        String suspended = json(UUID.randomUUID(), new ProviderSuspended(PROVIDER, "audit", JAN));

        assertThatThrownBy(() -> readings.read(suspended, "ProviderApproved"))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("ProviderSuspended");
    }

    @Test
    void a_type_routed_twice_is_a_mistake_in_the_table() {
        assertThatThrownBy(() -> EventRoutes.of(Topics.PROVIDER).on(ContractEnded.class, (id, e) -> {
        }).passOver(ContractEnded.class)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> EventRoutes.<Seen>of(Topics.PROVIDER).read(ContractEnded.class, Seen::new)
                .read(ContractEnded.class, Seen::new)).isInstanceOf(IllegalStateException.class);
    }

    private static String json(UUID id, DomainEvent event) {
        return EventCodec.encode(id, event, "test", Instant.parse("2026-01-01T00:00:00Z"));
    }
}
