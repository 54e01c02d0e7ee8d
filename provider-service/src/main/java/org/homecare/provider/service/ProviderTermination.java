package org.homecare.provider.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.outbox.OutboxWriter;
import org.homecare.provider.domain.Caregiver;
import org.homecare.provider.domain.Contract;
import org.homecare.provider.domain.Provider;
import org.homecare.provider.messaging.ProviderEventMapper;
import org.homecare.provider.repository.CaregiverRepository;
import org.homecare.provider.repository.ContractRateRepository;
import org.homecare.provider.repository.ContractRepository;

/**
 * What a termination takes with it: the provider's active contracts end the day before, and its caregivers become
 * free to work for another provider.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProviderTermination {

    private final ContractRepository contracts;
    private final ContractRateRepository rates;
    private final CaregiverRepository caregivers;
    private final OutboxWriter outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;

    public ProviderTermination(ContractRepository contracts, ContractRateRepository rates,
            CaregiverRepository caregivers, OutboxWriter outbox, AuditTrail audit, BusinessClock clock) {
        this.contracts = contracts;
        this.rates = rates;
        this.caregivers = caregivers;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    void endEverything(Caller caller, Provider provider, String reason) {
        var yesterday = clock.today().minusDays(1);
        for (Contract contract : contracts.activeOfProvider(provider.id())) {
            var before = AuditStates.ContractState.of(contract, rates.ofContract(contract.id()));
            contract.end(contract.validTo().isBefore(yesterday) ? contract.validTo() : yesterday,
                    "provider terminated: " + reason);
            outbox.append(ProviderEventMapper.contractEnded(contract));
            audit.record(caller.name(), "CONTRACT_ENDED", "contract", contract.id().toString(), before,
                    AuditStates.ContractState.of(contract, rates.ofContract(contract.id())));
        }
        for (Caregiver caregiver : caregivers.activeOfProvider(provider.id())) {
            var before = AuditStates.CaregiverState.of(caregiver);
            caregiver.deactivate(clock.today());
            outbox.append(ProviderEventMapper.caregiverDeactivated(caregiver));
            audit.record(caller.name(), "CAREGIVER_DEACTIVATED", "caregiver", caregiver.id().toString(), before,
                    AuditStates.CaregiverState.of(caregiver));
        }
    }
}
