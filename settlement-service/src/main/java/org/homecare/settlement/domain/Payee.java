package org.homecare.settlement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The account a statement is paid to: the holder's name, the bank, its CNAPS code and the account number. */
@Embeddable
public record Payee(
        @Column(name = "payee_account_name") String accountName,
        @Column(name = "payee_bank_name") String bankName,
        @Column(name = "payee_bank_code") String bankCode,
        @Column(name = "payee_account_number") String accountNumber) {
}
