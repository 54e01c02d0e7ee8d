package org.homecare.settlement.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.settlement.domain.Statement;
import org.homecare.settlement.domain.StatementStatus;
import org.homecare.settlement.domain.StatementStep.Action;
import org.homecare.settlement.messaging.SettlementEventMapper;
import org.homecare.settlement.repository.StatementRepository;
import org.homecare.settlement.service.StatementHistory.Snapshot;

/**
 * A provider that neither confirms nor disputes its statement within {@code homecare.settlement.confirmation-days}
 * days of the close (or of a correction) is deemed to have confirmed it, so silence does not hold up its payment.
 */
@ApplicationScoped
@Transactional
public class DeemedConfirmation {

    public static final String ACTOR = "system:deemed-confirmation";

    private final StatementRepository statements;
    private final StatementHistory history;
    private final BusinessClock clock;
    private final int confirmationDays;

    public DeemedConfirmation(StatementRepository statements, StatementHistory history, BusinessClock clock,
            @ConfigProperty(name = "homecare.settlement.confirmation-days", defaultValue = "10") int confirmationDays) {
        this.statements = statements;
        this.history = history;
        this.clock = clock;
        this.confirmationDays = confirmationDays;
    }

    /**
     * Confirms every statement closed {@code confirmationDays} whole days or more before {@code today}: one closed on
     * 1 December with 10 days is confirmed on 12 December.
     *
     * @return how many were confirmed
     */
    public int confirmDue(LocalDate today) {
        Instant before = today.minusDays(confirmationDays).atStartOfDay(BusinessClock.ZONE).toInstant();
        List<Statement> due = statements.closedSinceBefore(before);
        for (Statement s : due) {
            Snapshot snapshot = Snapshot.of(s);
            s.moveTo(StatementStatus.CONFIRMED, clock.instant());
            history.record(s, snapshot, Action.DEEMED_CONFIRMED, ACTOR,
                    "no answer within " + confirmationDays + " days of the close",
                    SettlementEventMapper.statementDeemedConfirmed(s, confirmationDays));
        }
        return due.size();
    }
}
