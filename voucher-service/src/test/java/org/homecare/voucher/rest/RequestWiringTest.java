package org.homecare.voucher.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.homecare.contracts.events.IsoInstants;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The REST layer's Jackson and Bean Validation are the ones configured here, not the defaults. */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class RequestWiringTest {

    @Inject
    ObjectMapper mapper;

    @Inject
    ValidatorFactory validatorFactory;

    @Test
    void request_bodies_read_and_write_instants_as_the_events_do() throws Exception {
        assertThat(mapper.getSerializerProviderInstance().findValueSerializer(Instant.class).getClass()
                .getEnclosingClass()).isEqualTo(IsoInstants.class);
        assertThat(mapper.readValue("\"2026-11-01T01:30:00.120Z\"", Instant.class))
                .isEqualTo(Instant.parse("2026-11-01T01:30:00.120Z"));
        // not the canonical form: read the standard way, as before
        assertThat(mapper.readValue("\"2026-11-01T09:30:00+08:00\"", Instant.class))
                .isEqualTo(Instant.parse("2026-11-01T01:30:00Z"));
        assertThat(mapper.writeValueAsString(Instant.parse("2026-11-01T01:30:00.120Z")))
                .isEqualTo("\"2026-11-01T01:30:00.120Z\"");
        assertThatThrownBy(() -> mapper.readValue("\"2026-02-30T10:00:00Z\"",
                Instant.class)).isInstanceOf(JsonMappingException.class);
    }

    @Test
    void validation_treats_every_property_of_a_request_as_reachable() {
        assertThat(validatorFactory.getTraversableResolver().getClass().getEnclosingClass())
                .isEqualTo(RequestValidation.class);
    }
}
