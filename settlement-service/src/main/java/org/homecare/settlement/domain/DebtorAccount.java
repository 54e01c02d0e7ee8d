package org.homecare.settlement.domain;

import java.util.Objects;
import java.util.Optional;

/** The city's account every provider is paid from, and the bank that holds it (CNAPS code, a BIC where known). */
public record DebtorAccount(String name, String accountNumber, String bankCode, Optional<String> bic) {

    public DebtorAccount {
        BankDetails.name("debtor name", name);
        BankDetails.accountNumber("debtor account", accountNumber);
        BankDetails.cnapsCode("debtor bankCode", bankCode);
        Objects.requireNonNull(bic, "bic");
        bic.ifPresent(b -> BankDetails.bic("debtor bic", b));
    }
}
