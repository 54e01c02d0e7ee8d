package org.homecare.eligibility.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An elder as a search finds it: identity, and the current state its row keeps (district, street, eligibility, voucher). */
public record ElderSummary(UUID id, String idNumber, String name, String phone, LocalDate birthDate, String sex,
        String districtCode, String street, boolean eligible, LocalDate dateOfDeath, UUID voucherId,
        String voucherCardNumber, OffsetDateTime registeredAt) {
}
