package org.homecare.provider.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.homecare.contracts.identity.BankAccountNumber;
import org.homecare.contracts.identity.ResidentIdNumber;
import org.homecare.provider.domain.Caregiver;
import org.homecare.provider.domain.Contract;
import org.homecare.provider.domain.ContractRate;
import org.homecare.provider.domain.PayeeAccount;
import org.homecare.provider.domain.Provider;

/** The before/after snapshots written to the audit trail; identity numbers, phones and account numbers only
 * masked. */
final class AuditStates {

    record ProviderState(UUID id, String creditCode, String name, String legalRepresentative, String address,
            String phone, Set<String> districtCodes, Set<String> categories, String status) {
        static ProviderState of(Provider p) {
            return new ProviderState(p.id(), p.creditCode(), p.name(), p.legalRepresentative(), p.address(),
                    PhoneMask.mask(p.phone()), p.districtCodes(), p.categories(), p.status().name());
        }
    }

    record RateState(String itemCode, long unitPriceFen, LocalDate effectiveFrom) {
        static RateState of(ContractRate r) {
            return new RateState(r.itemCode(), r.unitPriceFen(), r.effectiveFrom());
        }
    }

    record ContractState(UUID id, UUID providerId, LocalDate validFrom, LocalDate validTo, Set<String> districtCodes,
            String status, LocalDate endedOn, String endReason, List<RateState> rates) {
        static ContractState of(Contract c, List<ContractRate> rates) {
            return new ContractState(c.id(), c.providerId(), c.validFrom(), c.validTo(), c.districtCodes(),
                    c.status().name(), c.endedOn(), c.endReason(), rates.stream().map(RateState::of).toList());
        }
    }

    record CaregiverState(UUID id, UUID providerId, String idNumber, String personKey, String name,
            int certificationLevel, String status, LocalDate registeredOn, LocalDate deactivatedOn) {
        static CaregiverState of(Caregiver c) {
            return new CaregiverState(c.id(), c.providerId(), ResidentIdNumber.mask(c.idNumber()), c.personKey(),
                    c.name(), c.certificationLevel(), c.status().name(), c.registeredOn(), c.deactivatedOn());
        }
    }

    record PayeeState(String accountName, String bankName, String bankCode, String accountNumber, String nameReason,
            LocalDate effectiveFrom) {
        static PayeeState of(PayeeAccount a) {
            return a == null ? null : new PayeeState(a.accountName(), a.bankName(), a.bankCode(),
                    BankAccountNumber.mask(a.accountNumber()), a.nameReason(), a.effectiveFrom());
        }
    }

    private AuditStates() {
    }
}
