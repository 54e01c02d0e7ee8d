package org.homecare.voucher.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.homecare.voucher.service.MonthlyRun;

@Path("/api/v1/credits")
@Produces(MediaType.APPLICATION_JSON)
public class CreditResource {

    private final MonthlyRun monthlyRun;
    private final Caller caller;

    public CreditResource(MonthlyRun monthlyRun, Caller caller) {
        this.monthlyRun = monthlyRun;
        this.caller = caller;
    }

    /** What the scheduler does on the 1st, for a city-admin who does not want to wait; a second call credits nobody. */
    @POST
    @Path("/{period}")
    @RolesAllowed("city-admin")
    public MonthlyRun.Result credit(@PathParam("period") String period) {
        return monthlyRun.run(RequestParams.period("period", period), caller.name());
    }
}
