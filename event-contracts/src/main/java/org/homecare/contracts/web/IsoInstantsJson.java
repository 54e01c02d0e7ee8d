package org.homecare.contracts.web;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.homecare.contracts.events.IsoInstants;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request and response bodies read and write instants as the events do ({@link IsoInstants}): a batch of 100 service
 * logs carries 200 instants, and the formatter's parse (a map of fields per value) was a few per cent of a request
 * thread. The text is the same, and anything not in the canonical form is read the standard way, with its errors.
 */
@Singleton
public class IsoInstantsJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(IsoInstants.module());
    }

    /** Last, after the JavaTimeModule: the module registered last wins. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }
}
