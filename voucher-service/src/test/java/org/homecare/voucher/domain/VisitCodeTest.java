package org.homecare.voucher.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.homecare.contracts.clock.BusinessClock;
import org.junit.jupiter.api.Test;

class VisitCodeTest {

    static final UUID VOUCHER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final Instant FROM = Instant.parse("2026-12-04T00:00:00Z");
    static final Instant UNTIL = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void the_hash_is_hex_sha256_of_voucher_colon_code() {
        // sha256("00000000-0000-0000-0000-000000000001:012345"), computed outside Java
        assertThat(VisitCode.hashOf(VOUCHER, "012345"))
                .isEqualTo("12ff1b9628ef6655f5ab4731ebf5cc564b2ac7bc5cd9448bc1b805356d0d0d06");
        assertThat(VisitCode.hashOf(UUID.randomUUID(), "012345")).isNotEqualTo(VisitCode.hashOf(VOUCHER, "012345"));
    }

    @Test
    void codes_are_six_digits_and_vary() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            codes.add(VisitCode.newCode());
        }
        assertThat(codes).allMatch(code -> code.matches("[0-9]{6}"));
        assertThat(codes).hasSizeGreaterThan(190);
    }

    @Test
    void an_issued_code_keeps_only_the_hash_and_its_text_carries_the_code_and_the_end_in_shanghai_time() {
        VisitCode.Issued issued = VisitCode.issue(VOUCHER, UUID.randomUUID(), "004217", FROM, UNTIL, FROM, "provider-a");
        assertThat(issued.visitCode().codeHash()).isEqualTo(VisitCode.hashOf(VOUCHER, "004217"));
        assertThat(issued.text(BusinessClock.ZONE))
                .isEqualTo("【居家养老】您的上门服务核验码为 004217，有效期至 12-04 18:00。请在服务完成后告知服务人员。");
        assertThat(issued.toString()).doesNotContain("004217");
    }

    @Test
    void a_code_is_usable_for_a_service_that_starts_within_its_validity_while_unused() {
        VisitCode code = VisitCode.issue(VOUCHER, UUID.randomUUID(), "123456", FROM, UNTIL, FROM, "provider-a")
                .visitCode();
        assertThat(code.usableFor(FROM)).isTrue();
        assertThat(code.usableFor(UNTIL)).isTrue();
        assertThat(code.usableFor(FROM.minusSeconds(1))).isFalse();
        assertThat(code.usableFor(UNTIL.plusSeconds(1))).isFalse();

        VisitCode used = VisitCode.stored(code.id(), VOUCHER, code.providerId(), code.codeHash(), FROM, UNTIL, FROM,
                "provider-a", FROM.plusSeconds(60), UUID.randomUUID());
        assertThat(used.usableFor(FROM.plusSeconds(30))).isFalse();
    }

    @Test
    void a_phone_is_masked_to_its_first_three_and_last_four_digits() {
        assertThat(MaskedPhone.of("13812345678")).isEqualTo("138****5678");
        assertThat(MaskedPhone.of(" 13812345678 ")).isEqualTo("138****5678");
        assertThat(MaskedPhone.of("1234567")).isEqualTo("****");
        assertThat(MaskedPhone.of(null)).isNull();
    }

    @Test
    void a_contact_phone_is_kept_until_a_new_one_comes() {
        Voucher voucher = Voucher.open(UUID.randomUUID(), CardNumber.issue("340100", 1), "340102", 60_000,
                Set.of("MEAL"), FROM.atZone(BusinessClock.ZONE).toLocalDate());
        assertThat(voucher.contactPhone()).isNull();
        voucher.recordContactPhone("13812345678");
        voucher.recordContactPhone(null);
        assertThat(voucher.contactPhone()).isEqualTo("13812345678");
        voucher.recordContactPhone("13987654321");
        assertThat(voucher.contactPhone()).isEqualTo("13987654321");
    }
}
