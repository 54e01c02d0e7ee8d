package org.homecare.contracts.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string value that {@link StorableText} refuses. A mapping exception, so Jackson adds the path of the field
 * on its way out and the problem names it; a mismatched input, the kind Quarkus REST passes on to the mappers
 * unwrapped.
 */
public class UnstorableTextException extends MismatchedInputException {

    public UnstorableTextException(JsonParser parser, String defect) {
        super(parser, defect, String.class);
    }
}
