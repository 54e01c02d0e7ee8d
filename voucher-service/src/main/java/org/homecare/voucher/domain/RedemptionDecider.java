package org.homecare.voucher.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Decides a batch of submitted logs on the facts read for it: each log is replayed (submitted before, in an earlier
 * submission or earlier in the batch), accepted (a debit on its voucher) or rejected, in the order submitted, so a
 * log sees the balance and the slots the batch's earlier logs left.
 */
public final class RedemptionDecider {

    private final ServiceLogValidator validator;
    private final VisitCheck visitCheck;
    private final ZoneId zone;

    public RedemptionDecider(ServiceLogValidator validator, VisitCheck visitCheck, ZoneId zone) {
        this.validator = validator;
        this.visitCheck = visitCheck;
        this.zone = zone;
    }

    public SubmissionDecision decide(List<ServiceLog.Submitted> logs, SubmissionFacts facts, String actor,
            Instant now) {
        UUID providerId = facts.providerId();
        Map<String, ServiceLog> decided = new HashMap<>();
        List<SubmissionDecision.Answer> answers = new ArrayList<>(logs.size());
        List<ServiceLog> newLogs = new ArrayList<>(logs.size());
        List<LedgerEntry> debits = new ArrayList<>(logs.size());
        Map<UUID, Voucher> debited = new LinkedHashMap<>();
        List<VisitException> exceptions = new ArrayList<>();
        List<VisitCode.Use> codeUses = new ArrayList<>();
        Set<UUID> usedCodes = new HashSet<>();
        TakenSlots taken = facts.taken();
        for (ServiceLog.Submitted s : logs) {
            ServiceLog earlier = facts.stored().containsKey(s.providerLogId()) ? facts.stored().get(s.providerLogId())
                    : decided.get(s.providerLogId());
            if (earlier != null) {
                answers.add(new SubmissionDecision.Answer(earlier, true));
                continue;
            }
            Voucher voucher = facts.vouchers().get(s.voucherId());
            Caregiver caregiver = facts.caregivers().get(s.caregiverId());
            String period = YearMonth.from(s.startTime().atZone(zone)).toString();
            boolean busy = caregiver != null && taken.personBusy(caregiver.personKey(), s.startTime(), s.endTime());
            boolean duplicate = voucher != null && taken.elderServed(voucher.elderId(), s.itemCode(), s.startTime());
            RedemptionFacts logFacts = new RedemptionFacts(providerId, voucher,
                    voucher == null ? StatusTimeline.empty() : facts.voucherTimelines().getOrDefault(voucher.id(),
                            StatusTimeline.empty()),
                    facts.providerTimeline(), facts.providerDistricts(), facts.contracts(), caregiver,
                    facts.closedPeriods().contains(period), busy, duplicate,
                    voucher == null ? 0 : voucher.periodBalanceFen(period));
            RedemptionDecision decision = validator.decide(s, logFacts, now);
            ServiceLog log;
            if (decision.accepted()) {
                long amount = decision.price().orElseThrow().amountFen();
                VisitCode code = issuedCode(s, facts);
                List<VisitCheck.Finding> findings = visitCheck.check(s, voucher.homeCell(), decision.rate(),
                        codeMatch(s, code, usedCodes));
                log = ServiceLog.accepted(providerId, s, voucher, caregiver, decision, voucher.balanceFen() - amount,
                        now, actor, findings.stream().map(VisitCheck.Finding::code).toList());
                for (VisitCheck.Finding finding : findings) {
                    exceptions.add(VisitException.raise(log, finding, now));
                }
                if (code != null && !findings.stream().anyMatch(f -> f.code() == VisitExceptionCode.CONFIRMATION_FAILED)) {
                    usedCodes.add(code.id());
                    codeUses.add(new VisitCode.Use(code.id(), log.id(), now));
                }
                debits.add(voucher.post(LedgerEntryType.DEBIT, -amount, decision.period().toString(),
                        "service-log " + log.id(), now));
                debited.put(voucher.id(), voucher);
                taken.add(new ServiceSlot(voucher.elderId(), caregiver.personKey(), s.itemCode(), s.startTime(),
                        s.endTime()));
            } else {
                log = ServiceLog.rejected(providerId, s, voucher, caregiver, decision, now, actor);
            }
            newLogs.add(log);
            decided.put(s.providerLogId(), log);
            answers.add(new SubmissionDecision.Answer(log, false));
        }
        return new SubmissionDecision(answers, newLogs, debits, debited.values(), exceptions, codeUses);
    }

    /** The code an SMS_CODE log names, when one was issued for its voucher; null otherwise. */
    private static VisitCode issuedCode(ServiceLog.Submitted s, SubmissionFacts facts) {
        if (s.confirmation() != Confirmation.SMS_CODE || s.confirmationRef() == null) {
            return null;
        }
        return facts.codes().get(VisitCode.hashOf(s.voucherId(), s.confirmationRef()));
    }

    private static VisitCheck.CodeMatch codeMatch(ServiceLog.Submitted s, VisitCode code, Set<UUID> usedInBatch) {
        if (s.confirmation() != Confirmation.SMS_CODE) {
            return VisitCheck.CodeMatch.NOT_ASKED;
        }
        if (s.confirmationRef() == null) {
            return VisitCheck.CodeMatch.failed("confirmed by SMS code without a code (confirmationRef)");
        }
        if (code == null) {
            return VisitCheck.CodeMatch.failed("the SMS code does not match a code issued for this voucher");
        }
        if (code.used() || usedInBatch.contains(code.id())) {
            return VisitCheck.CodeMatch.failed("the SMS code was used by another visit");
        }
        if (!code.usableFor(s.startTime())) {
            return VisitCheck.CodeMatch.failed("the visit did not start within the SMS code's validity");
        }
        return VisitCheck.CodeMatch.matched();
    }
}
