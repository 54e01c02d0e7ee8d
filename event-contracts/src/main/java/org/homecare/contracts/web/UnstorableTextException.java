package org.homecare.contracts.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON string value that {@link StorableText} refuses. A mapping exception, so Jackson adds the path of the field
 * on its way out and the problem names it.
 */
public class UnstorableTextException extends JsonMappingException {

    public UnstorableTextException(JsonParser parser, String defect) {
        super(parser, defect);
    }
}
