package org.homecare.contracts.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type, the topic it is published on and the record that carries it. */
public final class EventCatalog {

    public static final int SCHEMA_VERSION = 1;

    private static final Map<String, List<Class<? extends DomainEvent>>> BY_TOPIC = Map.of(
            Topics.ELIGIBILITY, List.of(EligibilityEvents.EligibilityGranted.class,
                    EligibilityEvents.EligibilityChanged.class, EligibilityEvents.EligibilityRevoked.class),
            Topics.PROVIDER, List.of(ProviderEvents.ProviderApproved.class, ProviderEvents.ProviderSuspended.class,
                    ProviderEvents.ProviderReinstated.class, ProviderEvents.ProviderTerminated.class,
                    ProviderEvents.ContractActivated.class, ProviderEvents.ContractEnded.class,
                    ProviderEvents.CaregiverRegistered.class, ProviderEvents.CaregiverDeactivated.class,
                    ProviderEvents.ProviderPayeeChanged.class),
            Topics.VOUCHER, List.of(VoucherEvents.VoucherIssued.class, VoucherEvents.VoucherCredited.class,
                    VoucherEvents.VoucherSuspended.class, VoucherEvents.VoucherReactivated.class,
                    VoucherEvents.VoucherClosed.class, VoucherEvents.BalanceExpired.class,
                    VoucherEvents.ServiceLogAccepted.class, VoucherEvents.ServiceLogRejected.class,
                    VoucherEvents.ServiceLogVoided.class, VoucherEvents.ServiceLogHeld.class,
                    VoucherEvents.ServiceLogCorrected.class),
            Topics.SETTLEMENT, List.of(SettlementEvents.PeriodClosed.class, SettlementEvents.StatementConfirmed.class,
                    SettlementEvents.StatementDisputed.class, SettlementEvents.StatementApproved.class,
                    SettlementEvents.StatementPaid.class, SettlementEvents.AdjustmentRecorded.class,
                    SettlementEvents.StatementDeemedConfirmed.class, SettlementEvents.StatementResolved.class,
                    SettlementEvents.PaymentReturned.class));

    private static final Map<Class<?>, String> TOPIC_BY_CLASS = BY_TOPIC.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(c -> Map.entry(c, e.getKey())))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private static final Map<String, Class<? extends DomainEvent>> CLASS_BY_TYPE = BY_TOPIC.values().stream()
            .flatMap(List::stream)
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    public static String topicOf(Class<?> eventClass) {
        String topic = TOPIC_BY_CLASS.get(eventClass);
        if (topic == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not a catalogued event");
        }
        return topic;
    }

    public static Optional<Class<? extends DomainEvent>> classOf(String type) {
        return Optional.ofNullable(CLASS_BY_TYPE.get(type));
    }

    public static List<Class<? extends DomainEvent>> all() {
        return BY_TOPIC.values().stream().flatMap(List::stream).toList();
    }

    private EventCatalog() {
    }
}
