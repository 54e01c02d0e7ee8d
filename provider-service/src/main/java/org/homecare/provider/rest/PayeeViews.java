package org.homecare.provider.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.identity.BankAccountNumber;
import org.homecare.provider.domain.PayeeAccount;
import org.homecare.provider.service.PayeeAccounts.PayeeHistory;

/**
 * A provider's payee account: the number in full for city-admin and the settlement platform, who pay; masked
 * ({@code 6222 **** **** 1234}) for the provider itself and for auditors.
 */
public final class PayeeViews {

    public record PayeeAccountView(String accountName, String bankName,
            @Schema(description = "the 12-digit CNAPS bank code (联行号)") String bankCode,
            @Schema(description = "in full for city-admin and settlement-platform, masked for everyone else")
            String accountNumber,
            @Schema(nullable = true, description = "why the account name differs from the registered name")
            String nameReason,
            LocalDate effectiveFrom, Instant recordedAt, String recordedBy) {
    }

    public record PayeeHistoryView(
            @Schema(nullable = true, description = "the account in force today; null while none is") PayeeAccountView current,
            List<PayeeAccountView> versions) {
    }

    static PayeeHistoryView of(PayeeHistory history, Caller caller) {
        return new PayeeHistoryView(history.current().map(a -> of(a, caller)).orElse(null),
                history.versions().stream().map(a -> of(a, caller)).toList());
    }

    private static PayeeAccountView of(PayeeAccount a, Caller caller) {
        boolean pays = caller.is(Caller.CITY_ADMIN) || caller.is(Caller.PLATFORM);
        return new PayeeAccountView(a.accountName(), a.bankName(), a.bankCode(),
                pays ? a.accountNumber() : BankAccountNumber.mask(a.accountNumber()), a.nameReason(),
                a.effectiveFrom(), a.recordedAt(), a.recordedBy());
    }

    private PayeeViews() {
    }
}
