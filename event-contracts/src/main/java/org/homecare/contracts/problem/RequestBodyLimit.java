package org.homecare.contracts.problem;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses bodies over the limit (1 MiB) with a problem+json 413. Vert.x's own limit
 * ({@code quarkus.http.limits.max-body-size}) is set higher as a backstop: it answers with an empty body.
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter {

    private final long maxBytes;

    public RequestBodyLimit(@ConfigProperty(name = "homecare.http.max-body-bytes", defaultValue = "1048576") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            throw tooLarge();
        }
        if (request.hasEntity()) {
            // a chunked body has no length up front: count while it is read
            request.setEntityStream(new CountingStream(request.getEntityStream()));
        }
    }

    private WebApplicationException tooLarge() {
        return new WebApplicationException("the body is larger than " + maxBytes + " bytes",
                Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    private final class CountingStream extends FilterInputStream {
        private long read;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > maxBytes) {
                throw tooLarge();
            }
        }
    }
}
