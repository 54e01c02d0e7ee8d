package org.homecare.contracts.openapi;

import java.util.regex.Pattern;

/** Media types as a client sees them. */
final class MediaTypes {

    private static final Pattern QUALITY = Pattern.compile(";\\s*qs=[^;]*");

    /** {@code text/csv;qs=0.5} is {@code text/csv}: the quality is the server's own preference when negotiating. */
    static String withoutQuality(String mediaType) {
        return QUALITY.matcher(mediaType).replaceAll("").strip();
    }

    private MediaTypes() {
    }
}
