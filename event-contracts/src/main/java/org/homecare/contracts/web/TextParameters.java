package org.homecare.contracts.web;

import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import org.homecare.contracts.problem.ApiProblem;

/**
 * Query and path parameters, decoded, pass the same {@link StorableText} check as body strings: {@code ?name=%00}
 * is a 400 naming the parameter, whichever endpoint it is sent to.
 */
@Provider
@Priority(Priorities.USER)
public class TextParameters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters());
        check(request.getUriInfo().getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String defect = StorableText.defectOf(parameter.getKey());
            for (String value : parameter.getValue()) {
                if (defect == null) {
                    defect = StorableText.defectOf(value);
                }
            }
            if (defect != null) {
                throw ApiProblem.badRequest(printable(parameter.getKey()), defect);
            }
        }
    }

    /** The name is echoed in the problem: never echo the NUL itself. */
    private static String printable(String name) {
        return StorableText.defectOf(name) == null ? name : "(parameter name)";
    }
}
