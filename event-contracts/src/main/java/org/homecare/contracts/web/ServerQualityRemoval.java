package org.homecare.contracts.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * {@code @Produces("text/csv;qs=0.5")} makes JAX-RS prefer JSON for a client that accepts anything; the quality is
 * the server's own preference for negotiating and has no place in the answer's Content-Type.
 */
@Provider
public class ServerQualityRemoval implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.getParameters().containsKey("qs")) {
            Map<String, String> parameters = new HashMap<>(type.getParameters());
            parameters.remove("qs");
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE,
                    new MediaType(type.getType(), type.getSubtype(), parameters));
        }
    }
}
