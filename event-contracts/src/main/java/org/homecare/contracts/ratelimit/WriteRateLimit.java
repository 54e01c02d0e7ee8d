package org.homecare.contracts.ratelimit;

import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.homecare.contracts.problem.ProblemResponses;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Every POST, PUT, PATCH and DELETE counts against its caller's bucket ({@link WriteLimits}); over the limit the
 * answer is a 429 problem with Retry-After, before the body is read. A provider is one caller whichever of its users
 * or clients sends; anyone else is its token subject. Unauthenticated requests are refused by the security checks.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 1)
public class WriteRateLimit implements ContainerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final WriteLimits limits;
    private final SecurityIdentity identity;

    public WriteRateLimit(WriteLimits limits, SecurityIdentity identity) {
        this.limits = limits;
        this.identity = identity;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!limits.enabled() || !WRITES.contains(request.getMethod()) || identity.isAnonymous()) {
            return;
        }
        long waitSeconds = limits.take(callerOf(identity));
        if (waitSeconds > 0) {
            Response problem = ProblemResponses.of(429, "Too Many Requests", "more than "
                    + limits.requestsPerSecond() + " writes a second; try again in " + waitSeconds + " s",
                    request.getUriInfo().getPath(), "RATE_LIMITED", List.of(), List.of());
            request.abortWith(Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, waitSeconds).build());
        }
    }

    static String callerOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object providerCode = token.getClaim("provider_code");
            if (providerCode != null) {
                return "provider:" + providerCode;
            }
            if (token.getSubject() != null) {
                return "subject:" + token.getSubject();
            }
        }
        return "name:" + identity.getPrincipal().getName();
    }
}
