package org.homecare.settlement.rest;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.web.PageRequest;
import org.homecare.contracts.web.Paged;
import org.homecare.contracts.web.RequestValues;
import org.homecare.settlement.service.Pain001Writer;
import org.homecare.settlement.service.PaymentInstructions;
import org.homecare.settlement.service.PaymentInstructions.Instruction;

/**
 * What the settlement platform transfers: the period's approved, unpaid statements as JSON or CSV (paged), and the
 * payable ones as one ISO 20022 pain.001.001.09 credit transfer file for the bank.
 */
@Tag(name = "Payments", description = "Payment instructions: JSON, CSV, ISO 20022 pain.001")
@Path("/api/v1/periods/{period}")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentInstructionResource {

    /** The pain.001 file only when asked for (Accept: application/xml). */
    static final String XML_LESS_PREFERRED = "application/xml;qs=0.4";

    private final PaymentInstructions instructions;
    private final Pain001Writer pain001;

    public PaymentInstructionResource(PaymentInstructions instructions, Pain001Writer pain001) {
        this.instructions = instructions;
        this.pain001 = pain001;
    }

    @GET
    @Path("/payment-instructions")
    @RolesAllowed(Caller.PLATFORM)
    @Operation(operationId = "listPaymentInstructions", summary = "Approved, unpaid statements to pay, one page "
            + "(JSON; CSV with Accept: text/csv; the pain.001 file of the payable ones with Accept: application/xml)")
    public Paged<Instruction> paymentInstructions(@PathParam("period") String period, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return instructions.unpaidApproved(RequestValues.month("period", period).toString(),
                PageRequest.of(page, size));
    }

    @GET
    @Path("/payment-instructions")
    @RolesAllowed(Caller.PLATFORM)
    @Produces(PeriodResource.CSV_LESS_PREFERRED)
    @Operation(operationId = "listPaymentInstructions", summary = "Approved, unpaid statements to pay, one page "
            + "(JSON; CSV with Accept: text/csv; the pain.001 file of the payable ones with Accept: application/xml)")
    public String paymentInstructionsCsv(@PathParam("period") String period, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Paged<Instruction> found = paymentInstructions(period, page, size);
        return CsvTable.of(List.of("statementId", "period", "providerId", "providerName", "creditCode",
                "accountName", "bankName", "bankCode", "accountNumber", "amountFen", "payeeStatus",
                "lastReturnReasonCode"), found.items().stream().map(PaymentInstructionResource::row).toList());
    }

    @GET
    @Path("/payment-instructions")
    @RolesAllowed(Caller.PLATFORM)
    @Produces(XML_LESS_PREFERRED)
    @Operation(operationId = "listPaymentInstructions", summary = "Approved, unpaid statements to pay, one page "
            + "(JSON; CSV with Accept: text/csv; the pain.001 file of the payable ones with Accept: application/xml)")
    public byte[] paymentInstructionsXml(@PathParam("period") String period) {
        return paymentFile(period);
    }

    @GET
    @Path("/payment-instructions.xml")
    @RolesAllowed(Caller.PLATFORM)
    @Produces(MediaType.APPLICATION_XML)
    @Operation(operationId = "getPaymentFile",
            summary = "The period's payable statements as one ISO 20022 pain.001.001.09 credit transfer file")
    @APIResponse(responseCode = "200", description = "CustomerCreditTransferInitiationV09, UTF-8",
            content = @Content(mediaType = MediaType.APPLICATION_XML,
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "NOTHING_PAYABLE: no approved statement can be paid now")
    public byte[] paymentFile(@PathParam("period") String period) {
        return pain001.write(instructions.transferBatch(RequestValues.month("period", period).toString()));
    }

    private static List<?> row(Instruction i) {
        return Arrays.asList(i.statementId(), i.period(), i.providerId(), i.providerName(), i.creditCode(),
                i.accountName(), i.bankName(), i.bankCode(), i.accountNumber(), i.amountFen(), i.payeeStatus(),
                i.lastReturn() == null ? null : i.lastReturn().reasonCode());
    }
}
