package org.homecare.settlement.service;

import java.util.Optional;

import org.homecare.settlement.domain.DebtorAccount;

import io.smallrye.config.ConfigMapping;

/**
 * The city's account that pays the providers ({@code homecare.settlement.debtor.*}). Only dev, test and local have
 * values, so prod must configure the real account: Quarkus checks a mapping at start-up once a bean injects it.
 */
@ConfigMapping(prefix = "homecare.settlement.debtor")
public interface DebtorSettings {

    /** The account holder's name, as the bank knows it. */
    String name();

    /** The account number, digits only. */
    String account();

    /** The CNAPS code (12 digits) of the bank branch holding the account. */
    String bankCode();

    /** The BIC of that bank, where the paying bank wants one. */
    Optional<String> bic();

    /** The account as the payment order names it; checked here, so a bad setting fails the first payment order. */
    default DebtorAccount debtorAccount() {
        return new DebtorAccount(name(), account(), bankCode(), bic());
    }
}
