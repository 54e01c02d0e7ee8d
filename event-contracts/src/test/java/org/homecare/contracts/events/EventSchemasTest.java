package org.homecare.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

class EventSchemasTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final UUID ID = UUID.fromString("3f2b8c1e-9a41-4a55-8d0e-6f1c2b7a9e10");

    @Test
    void every_catalogued_event_has_a_schema_that_its_record_satisfies() throws Exception {
        for (Class<? extends DomainEvent> type : EventCatalog.all()) {
            DomainEvent sample = sample(type);
            JsonNode data = EventCodec.tree(sample);
            Set<ValidationMessage> errors = schemaOf(sample.dataschema()).validate(data);
            assertThat(errors).as(type.getSimpleName() + " " + data).isEmpty();
        }
    }

    @Test
    void schemas_reject_data_missing_a_required_field_or_carrying_an_unknown_one() throws Exception {
        for (Class<? extends DomainEvent> type : EventCatalog.all()) {
            DomainEvent sample = sample(type);
            JsonSchema schema = schemaOf(sample.dataschema());
            String required = schema.getSchemaNode().get("required").get(0).asText();
            ObjectNode missing = (ObjectNode) EventCodec.tree(sample);
            missing.remove(required);
            assertThat(schema.validate(missing)).as(type.getSimpleName() + " without " + required).isNotEmpty();
            ObjectNode extra = (ObjectNode) EventCodec.tree(sample);
            extra.put("idNumber", "110105194912310021");
            assertThat(schema.validate(extra)).as(type.getSimpleName() + " with personal data").isNotEmpty();
        }
    }

    @Test
    void envelope_round_trips_and_matches_the_envelope_schema() throws Exception {
        DomainEvent event = sample(VoucherEvents.ServiceLogAccepted.class);
        EventEnvelope envelope = EventCodec.envelope(ID, event, "voucher-service", Instant.parse("2026-11-22T01:00:00Z"));
        String json = EventCodec.encode(envelope);

        assertThat(schemaOf("envelope@1").validate(new ObjectMapper().readTree(json))).isEmpty();
        EventEnvelope read = EventCodec.decode(json);
        assertThat(read.id()).isEqualTo(ID);
        assertThat(read.type()).isEqualTo("ServiceLogAccepted");
        assertThat(read.dataschema()).isEqualTo("ServiceLogAccepted@1");
        assertThat(read.subject()).isEqualTo(((VoucherEvents.ServiceLogAccepted) event).voucherId().toString());
        assertThat(EventCodec.data(read, VoucherEvents.ServiceLogAccepted.class)).isEqualTo(event);
    }

    @Test
    void one_pass_encoding_writes_the_same_text_as_the_envelope_for_every_event() {
        Instant time = Instant.parse("2026-11-22T01:00:00.123456Z");
        for (Class<? extends DomainEvent> type : EventCatalog.all()) {
            DomainEvent event = sample(type);
            assertThat(EventCodec.encode(ID, event, "voucher-service", time)).as(type.getSimpleName())
                    .isEqualTo(EventCodec.encode(EventCodec.envelope(ID, event, "voucher-service", time)));
        }
    }

    @Test
    void topics_follow_the_architecture_table() {
        assertThat(new EligibilityEvents.EligibilityRevoked(ID, null, "DECEASED", LocalDate.EPOCH, ID, 1).topic())
                .isEqualTo(Topics.ELIGIBILITY);
        assertThat(sample(ProviderEvents.CaregiverRegistered.class).topic()).isEqualTo(Topics.PROVIDER);
        assertThat(sample(SettlementEvents.StatementPaid.class).topic()).isEqualTo(Topics.SETTLEMENT);
        assertThat(EventCatalog.all()).hasSize(3 + 9 + 11 + 9);
        assertThat(Topics.deadLetter(Topics.VOUCHER)).isEqualTo("voucher.v1.dlq");
    }

    private static JsonSchema schemaOf(String dataschema) throws IOException {
        String[] parts = dataschema.split("@");
        try (InputStream in = EventSchemasTest.class.getResourceAsStream("/schemas/" + parts[0] + ".v" + parts[1] + ".json")) {
            assertThat(in).as("schema file for " + dataschema).isNotNull();
            return FACTORY.getSchema(in);
        }
    }

    /** An instance of the record with a plausible value for every component. */
    static <T> T sample(Class<T> type) {
        try {
            RecordComponent[] components = type.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = valueFor(components[i].getName(), components[i].getGenericType());
            }
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot build a sample " + type, e);
        }
    }

    private static Object valueFor(String name, Type type) {
        if (type instanceof ParameterizedType list) {
            Type element = list.getActualTypeArguments()[0];
            if (element == ProviderEvents.Rate.class) {
                return List.of(sample(ProviderEvents.Rate.class));
            }
            String elementName = name.equals("categories") ? "category" : name.substring(0, name.length() - 1);
            return List.of(valueFor(elementName, element));
        }
        if (type == UUID.class) {
            return ID;
        }
        if (type == long.class) {
            return 60_000L;
        }
        if (type == int.class || type == Integer.class) {
            return 2;
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 11, 1);
        }
        if (type == Instant.class) {
            return Instant.parse("2026-11-22T01:30:00Z");
        }
        return switch (name) {
            case "period" -> "2026-11";
            case "districtCode" -> "340102";
            case "cardNumber" -> "3401000000000017";
            case "elderNameMasked" -> "张*";
            case "category" -> "REHAB";
            case "bankCode" -> "102361000018";
            case "outcome" -> "CORRECTED";
            case "reasonCode" -> "AC04";
            case "correctionReason" -> "WRONG_UNITS";
            case "homeCell" -> "wtemk3v";
            case "contactPhone" -> "13800000000";
            case "unitRounding" -> "HALF_UP";
            case "exception" -> "LOCATION_MISMATCH";
            case "changedField" -> "units";
            case "accountNumber" -> "6222021234567890123";
            default -> name + "-value";
        };
    }
}
