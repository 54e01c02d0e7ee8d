package org.homecare.contracts.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class EventBundleTest {

    @Test
    void reads_back_every_event_in_order_with_its_own_fields() {
        List<EventBundle.Entry> entries = List.of(
                new EventBundle.Entry(UUID.randomUUID(), "voucher.v1", "k-1", "ServiceLogAccepted",
                        "{\"note\":\"line\\nbreak and\\ttab, 上门服务\"}"),
                new EventBundle.Entry(UUID.randomUUID(), "settlement.v1", "k-2", "PeriodClosed", "{}"),
                new EventBundle.Entry(UUID.randomUUID(), "voucher.v1", "", "ServiceLogRejected", ""));

        assertThat(EventBundle.decode(EventBundle.encode(entries))).containsExactlyElementsOf(entries);
    }

    @Test
    void refuses_a_field_with_a_raw_tab_or_line_break() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> EventBundle.encode(List.of(new EventBundle.Entry(id, "t", "a\tb", "T", "{}"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> EventBundle.encode(List.of(new EventBundle.Entry(id, "t", "k", "T", "{\n}"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("payload");
    }

    @Test
    void refuses_a_cut_off_bundle() {
        String text = EventBundle.encode(List.of(new EventBundle.Entry(UUID.randomUUID(), "t", "k", "T", "{}")));
        assertThatThrownBy(() -> EventBundle.decode(text.substring(0, text.length() - 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no end");
        assertThatThrownBy(() -> EventBundle.decode(text.substring(0, 40) + "\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fields");
    }
}
