package org.homecare.eligibility.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.identity.ResidentIdNumber;
import org.homecare.eligibility.repository.ElderRepository;
import org.homecare.eligibility.repository.ElderRepository.Unhashed;

/**
 * Gives elders registered before identity numbers were hashed their keyed hash, a batch per transaction. The secret
 * is the service's, so SQL cannot do it in a migration.
 */
@ApplicationScoped
@Transactional
public class IdNumberHashBackfill {

    static final int BATCH = 1000;

    private final ElderRepository elders;
    private final IdNumberKeys keys;

    public IdNumberHashBackfill(ElderRepository elders, IdNumberKeys keys) {
        this.elders = elders;
        this.keys = keys;
    }

    /** @return how many elders got their hash; 0 when none is left */
    public int nextBatch() {
        Map<UUID, String> hashes = new LinkedHashMap<>();
        for (Unhashed elder : elders.withoutIdNumberHash(BATCH)) {
            // stored numbers passed the same parse when they were registered
            hashes.put(elder.id(), keys.of(ResidentIdNumber.parse(elder.idNumber()).number().orElseThrow()));
        }
        elders.storeIdNumberHashes(hashes);
        return hashes.size();
    }
}
