package org.homecare.voucher.service;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.voucher.domain.MaskedPhone;
import org.homecare.voucher.domain.VisitCode;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.domain.VoucherStatus;
import org.homecare.voucher.repository.VisitCodeRepository;

/**
 * Issues one-time visit codes: a provider asks for one for a client's visit, the elder gets it by text and reads it
 * back to the caregiver. The provider never sees the code; the database keeps only its hash. The text goes out last,
 * in the transaction: a gateway that fails rolls the code back, so no code exists that the elder never received.
 */
@ApplicationScoped
@Transactional
public class VisitCodeService {

    /** Draws before giving up on a voucher whose every draw it had already: never, short of a broken random. */
    private static final int DRAWS = 20;

    private final ProviderDirectory providers;
    private final VoucherQueries vouchers;
    private final VisitCodeRepository visitCodes;
    private final MessageSender sender;
    private final AuditTrail audit;
    private final BusinessClock clock;

    public VisitCodeService(ProviderDirectory providers, VoucherQueries vouchers, VisitCodeRepository visitCodes,
            MessageSender sender, AuditTrail audit, BusinessClock clock) {
        this.providers = providers;
        this.vouchers = vouchers;
        this.visitCodes = visitCodes;
        this.sender = sender;
        this.audit = audit;
        this.clock = clock;
    }

    /** A code issued and texted: the code itself stays with the elder. */
    public record IssuedCode(VisitCode visitCode, String sentTo) {
    }

    /**
     * @throws ApiProblem 400 for a validity that ends before it starts, lasts over
     *             {@link VisitCode#LONGEST_VALIDITY} or is over already; 404 for a voucher the provider may not see
     *             (the rule of {@code GET /vouchers/{id}}); 409 {@code VOUCHER_NOT_ACTIVE} or {@code NO_CONTACT_PHONE};
     *             503 when the text was not
     *             sent
     */
    public IssuedCode issue(Caller caller, UUID voucherId, Instant validFrom, Instant validUntil) {
        UUID providerId = providers.providerIdOf(caller);
        // PostgreSQL keeps microseconds: answer what the database holds
        Instant from = validFrom.truncatedTo(ChronoUnit.MICROS);
        Instant until = validUntil.truncatedTo(ChronoUnit.MICROS);
        Instant now = clock.instant();
        checkValidity(from, until, now);
        Voucher voucher = vouchers.get(providerId, caller.districtScope(), voucherId);
        if (voucher.status() != VoucherStatus.ACTIVE) {
            // a suspended or closed voucher redeems no visit: a code for it could only confuse the elder
            throw ApiProblem.conflict("VOUCHER_NOT_ACTIVE", "voucher " + voucherId + " is " + voucher.status()
                    + "; visit codes are for active vouchers");
        }
        String phone = voucher.contactPhone();
        if (phone == null) {
            throw ApiProblem.conflict("NO_CONTACT_PHONE", "voucher " + voucherId
                    + " has no contact phone: eligibility has sent none for the elder");
        }
        VisitCode.Issued issued = VisitCode.issue(voucherId, providerId, newCodeOf(voucherId), from, until, now,
                caller.name());
        VisitCode visitCode = issued.visitCode();
        visitCodes.persist(visitCode);
        String sentTo = MaskedPhone.of(phone);
        audit.record(caller.name(), "VISIT_CODE_ISSUED", "VisitCode", visitCode.id().toString(), null,
                snapshot(visitCode, sentTo));
        try {
            sender.send(new OutgoingMessage(voucherId, phone, issued.text(BusinessClock.ZONE), issued.code()));
        } catch (MessageNotSentException e) {
            throw new ApiProblem(503, "Service Unavailable", "MESSAGE_GATEWAY_UNAVAILABLE",
                    "the text to the elder could not be sent (" + e.getMessage() + "); no code was issued, try again",
                    List.of(), List.of());
        }
        return new IssuedCode(visitCode, sentTo);
    }

    private static void checkValidity(Instant from, Instant until, Instant now) {
        if (!until.isAfter(from)) {
            throw ApiProblem.badRequest("validUntil", "must be after validFrom");
        }
        if (Duration.between(from, until).compareTo(VisitCode.LONGEST_VALIDITY) > 0) {
            throw ApiProblem.badRequest("validUntil", "must be at most " + VisitCode.LONGEST_VALIDITY.toHours()
                    + " hours after validFrom");
        }
        if (until.isBefore(now)) {
            throw ApiProblem.badRequest("validUntil", "must not be in the past");
        }
    }

    /** A code the voucher never had, so that a hash names one code of the voucher only. */
    private String newCodeOf(UUID voucherId) {
        for (int draw = 0; draw < DRAWS; draw++) {
            String code = VisitCode.newCode();
            if (!visitCodes.voucherHas(voucherId, VisitCode.hashOf(voucherId, code))) {
                return code;
            }
        }
        throw new IllegalStateException("no new visit code for voucher " + voucherId + " in " + DRAWS + " draws");
    }

    /** The audit snapshot: no code and the phone masked. */
    private static Map<String, Object> snapshot(VisitCode visitCode, String sentTo) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("voucherId", visitCode.voucherId());
        snapshot.put("providerId", visitCode.providerId());
        snapshot.put("validFrom", visitCode.validFrom());
        snapshot.put("validUntil", visitCode.validUntil());
        snapshot.put("sentTo", sentTo);
        return snapshot;
    }
}
