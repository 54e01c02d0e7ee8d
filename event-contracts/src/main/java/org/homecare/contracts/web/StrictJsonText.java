package org.homecare.contracts.web;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request bodies in every service: a key that appears twice in one object is a 400 (Jackson would otherwise keep the
 * last one silently), and every string value goes through {@link StorableText}, so a NUL or an unpaired surrogate is
 * a 400 naming the field before any work is done.
 */
@Singleton
public class StrictJsonText implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("storable-text").addDeserializer(String.class, new CheckedStrings()));
    }

    /** The standard string deserializer, then the check; lists of strings and untyped values use it too. */
    static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            String defect = StorableText.defectOf(value);
            if (defect != null) {
                throw new UnstorableTextException(parser, defect);
            }
            return value;
        }
    }
}
