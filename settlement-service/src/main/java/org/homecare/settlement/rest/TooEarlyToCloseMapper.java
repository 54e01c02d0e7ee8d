package org.homecare.settlement.rest;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.homecare.contracts.problem.Problem;
import org.homecare.contracts.problem.ProblemResponses;
import org.homecare.settlement.service.TooEarlyToClose;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A close asked too early: the usual problem details plus the extension member {@code earliestCloseAt}. */
public class TooEarlyToCloseMapper {

    /** RFC 9457 extension members sit next to the standard ones. */
    record TooEarlyProblem(@JsonUnwrapped Problem problem, Instant earliestCloseAt) {
    }

    @ServerExceptionMapper
    public Response tooEarly(TooEarlyToClose problem, UriInfo uri) {
        Response standard = ProblemResponses.of(problem.status(), problem.title(), problem.getMessage(),
                uri.getPath(), problem.code(), List.of(), List.of());
        return Response.fromResponse(standard)
                .entity(new TooEarlyProblem((Problem) standard.getEntity(), problem.earliestCloseAt())).build();
    }
}
