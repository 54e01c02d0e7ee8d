package org.homecare.voucher.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.voucher.domain.VisitCode;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Visit codes as the issuing endpoint writes them; the batch path reads and marks them through VisitCodeStore. */
@ApplicationScoped
public class VisitCodeRepository implements PanacheRepositoryBase<VisitCode, UUID> {

    /** Whether the voucher was ever issued the code of this hash, used or not (one probe of voucher and hash). */
    public boolean voucherHas(UUID voucherId, String codeHash) {
        return count("voucherId = ?1 and codeHash = ?2", voucherId, codeHash) > 0;
    }
}
