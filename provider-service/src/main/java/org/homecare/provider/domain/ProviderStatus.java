package org.homecare.provider.domain;

import java.util.Map;
import java.util.Set;

/** applied -> approved -> suspended <-> (reinstate) approved -> terminated. */
public enum ProviderStatus {
    APPLIED, APPROVED, SUSPENDED, TERMINATED;

    public enum Action {
        APPROVE(ProviderStatus.APPROVED), SUSPEND(ProviderStatus.SUSPENDED), REINSTATE(ProviderStatus.APPROVED),
        TERMINATE(ProviderStatus.TERMINATED);

        private final ProviderStatus target;

        Action(ProviderStatus target) {
            this.target = target;
        }

        public ProviderStatus target() {
            return target;
        }
    }

    private static final Map<Action, Set<ProviderStatus>> ALLOWED_FROM = Map.of(
            Action.APPROVE, Set.of(APPLIED),
            Action.SUSPEND, Set.of(APPROVED),
            Action.REINSTATE, Set.of(SUSPENDED),
            Action.TERMINATE, Set.of(APPROVED, SUSPENDED));

    public boolean allows(Action action) {
        return ALLOWED_FROM.get(action).contains(this);
    }
}
