package org.homecare.settlement.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.homecare.contracts.web.PageRequest;
import org.homecare.contracts.web.Paged;
import org.homecare.settlement.domain.ProviderRef;
import org.homecare.settlement.domain.Statement;
import org.homecare.settlement.domain.StatementStatus;
import org.homecare.settlement.repository.ProviderRefRepository;
import org.homecare.settlement.repository.StatementRepository;

/** What the city settlement platform must transfer: approved statements not yet paid. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PaymentInstructions {

    public record Instruction(UUID statementId, String period, UUID providerId,
            @Schema(nullable = true) String providerName, @Schema(nullable = true) String creditCode,
            @Schema(nullable = true) String bankAccount, long amountFen) {
    }

    private final StatementRepository statements;
    private final ProviderRefRepository providers;

    public PaymentInstructions(StatementRepository statements, ProviderRefRepository providers) {
        this.statements = statements;
        this.providers = providers;
    }

    public Paged<Instruction> unpaidApproved(String period, PageRequest paging) {
        StatementRepository.Slice slice = statements.page(period, Optional.empty(),
                List.of(StatementStatus.APPROVED), paging.page(), paging.size());
        return new Paged<>(slice.items().stream().map(this::instruction).toList(), paging.page(),
                paging.size(), slice.total());
    }

    private Instruction instruction(Statement s) {
        Optional<ProviderRef> provider = providers.findByIdOptional(s.providerId());
        return new Instruction(s.id(), s.period(), s.providerId(), provider.map(ProviderRef::name).orElse(null),
                provider.map(ProviderRef::creditCode).orElse(null), provider.map(ProviderRef::bankAccount).orElse(null),
                s.totalFen());
    }
}
