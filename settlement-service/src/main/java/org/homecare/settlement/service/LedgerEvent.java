package org.homecare.settlement.service;

import java.util.UUID;

import org.homecare.contracts.events.MalformedEventException;
import org.homecare.contracts.events.VoucherEvents.ServiceLogAccepted;
import org.homecare.contracts.events.VoucherEvents.ServiceLogRejected;
import org.homecare.contracts.events.VoucherEvents.ServiceLogVoided;
import org.homecare.settlement.domain.SettlementMonth;

/**
 * A voucher.v1 event the log ledger applies, checked complete when made: an incomplete one throws
 * {@link MalformedEventException} before anything is written, so it is dead-lettered alone.
 */
public sealed interface LedgerEvent {

    UUID eventId();

    UUID serviceLogId();

    record Accepted(UUID eventId, ServiceLogAccepted data) implements LedgerEvent {
        public Accepted {
            require(data.serviceLogId() != null && data.providerId() != null && data.itemCode() != null
                    && SettlementMonth.isValid(data.period()) && data.amountFen() >= 0 && data.units() >= 0
                    && data.acceptedAt() != null, "ServiceLogAccepted " + eventId
                            + " lacks ids, item, period or amount");
        }

        @Override
        public UUID serviceLogId() {
            return data.serviceLogId();
        }
    }

    record Voided(UUID eventId, ServiceLogVoided data) implements LedgerEvent {
        public Voided {
            require(data.serviceLogId() != null && data.providerId() != null && data.itemCode() != null
                    && SettlementMonth.isValid(data.period()) && data.amountFen() >= 0 && data.voidedAt() != null,
                    "ServiceLogVoided " + eventId + " lacks ids, item, period or amount");
        }

        @Override
        public UUID serviceLogId() {
            return data.serviceLogId();
        }
    }

    record Rejected(UUID eventId, ServiceLogRejected data) implements LedgerEvent {
        public Rejected {
            require(data.serviceLogId() != null && data.providerId() != null && SettlementMonth.isValid(data.period())
                    && data.reasons() != null && !data.reasons().isEmpty() && data.rejectedAt() != null,
                    "ServiceLogRejected " + eventId + " lacks ids, period or reasons");
        }

        @Override
        public UUID serviceLogId() {
            return data.serviceLogId();
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new MalformedEventException(message);
        }
    }
}
