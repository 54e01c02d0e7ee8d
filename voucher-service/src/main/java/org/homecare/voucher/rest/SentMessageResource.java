package org.homecare.voucher.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.web.RequestValues;
import org.homecare.voucher.domain.SentMessage;
import org.homecare.voucher.service.SentMessages;

/**
 * {@code /api/v1/admin/messages}: the texts the recording sender kept, so a tester can type an elder's code. Answers
 * 404 where {@code homecare.voucher.messages.readable} is off (prod), as the clock endpoint does.
 */
@Tag(name = "Sent messages", description = "Texts to elders the recording sender kept; outside prod only")
@Path("/api/v1/admin/messages")
@Produces(MediaType.APPLICATION_JSON)
public class SentMessageResource {

    public record SentMessageView(@Schema(description = "The phone masked, e.g. 138****5678") String to,
            String text, String code, Instant sentAt) {
        static SentMessageView of(SentMessage m) {
            return new SentMessageView(m.recipientMasked(), m.text(), m.code(), m.sentAt());
        }
    }

    private final SentMessages messages;

    public SentMessageResource(SentMessages messages) {
        this.messages = messages;
    }

    @GET
    @RolesAllowed(Caller.CITY_ADMIN)
    @Operation(operationId = "listSentMessages", summary = "The texts the recording sender kept for a voucher",
            description = "Newest first. Only where the service records texts instead of sending them (dev, test,"
                    + " the local stack).")
    @APIResponse(responseCode = "200", description = "The texts, newest first")
    @APIResponse(responseCode = "404", description = "Texts are not readable here (prod)")
    public List<SentMessageView> list(
            @Parameter(description = "The voucher whose texts to list", required = true,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("voucherId") String voucherId) {
        if (!messages.readable()) {
            throw new NotFoundException();
        }
        UUID voucher = RequestValues.uuid("voucherId", voucherId);
        return messages.ofVoucher(voucher).stream().map(SentMessageView::of).toList();
    }
}
