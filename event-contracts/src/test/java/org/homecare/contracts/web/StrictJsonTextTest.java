package org.homecare.contracts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;

class StrictJsonTextTest {

    record Item(String code, List<String> tags) {
    }

    record Order(String note, List<Item> items) {
    }

    private final ObjectMapper mapper = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJsonText().customize(mapper);
        return mapper;
    }

    @Test
    void rejects_nul_character_naming_the_field() {
        assertThatThrownBy(() -> mapper.readValue("{\"note\":\"a\\u0000b\",\"items\":[]}", Order.class))
                .isInstanceOfSatisfying(UnstorableTextException.class, e -> {
                    assertThat(e.getOriginalMessage()).isEqualTo(StorableText.NUL);
                    assertThat(e.getPath()).extracting(r -> r.getFieldName()).containsExactly("note");
                });
    }

    @Test
    void rejects_unpaired_surrogate_in_a_nested_list() {
        String body = "{\"note\":\"ok\",\"items\":[{\"code\":\"A\",\"tags\":[\"x\",\"\\ud800y\"]}]}";
        assertThatThrownBy(() -> mapper.readValue(body, Order.class))
                .isInstanceOfSatisfying(UnstorableTextException.class,
                        e -> assertThat(e.getOriginalMessage()).isEqualTo(StorableText.UNPAIRED_SURROGATE));
    }

    @Test
    void keeps_paired_surrogates_and_ordinary_text() throws Exception {
        Order order = mapper.readValue("{\"note\":\"护理 \\ud83d\\ude00\",\"items\":[]}", Order.class);
        assertThat(order.note()).isEqualTo("护理 \uD83D\uDE00");
    }

    @Test
    void rejects_a_repeated_key() {
        assertThatThrownBy(() -> mapper.readValue("{\"note\":\"a\",\"note\":\"b\",\"items\":[]}", Order.class))
                .isInstanceOf(JsonParseException.class).hasMessageContaining("Duplicate field 'note'");
    }

    @Test
    void storable_text_names_each_defect() {
        assertThat(StorableText.defectOf("plain")).isNull();
        assertThat(StorableText.defectOf(null)).isNull();
        assertThat(StorableText.defectOf("\uD83D\uDE00")).isNull();
        assertThat(StorableText.defectOf("a\u0000")).isEqualTo(StorableText.NUL);
        assertThat(StorableText.defectOf("\uD800")).isEqualTo(StorableText.UNPAIRED_SURROGATE);
        assertThat(StorableText.defectOf("\uDC00a")).isEqualTo(StorableText.UNPAIRED_SURROGATE);
    }
}
