package org.homecare.voucher.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.voucher.domain.SentMessage;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SentMessageRepository implements PanacheRepositoryBase<SentMessage, UUID> {

    /** Newest first; two of the same instant in a fixed order. */
    public List<SentMessage> ofVoucher(UUID voucherId) {
        return list("voucherId", Sort.descending("sentAt", "id"), voucherId);
    }
}
