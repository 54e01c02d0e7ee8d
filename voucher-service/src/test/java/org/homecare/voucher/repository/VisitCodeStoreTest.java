package org.homecare.voucher.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.voucher.domain.VisitCode;
import org.homecare.voucher.domain.VisitCode.Use;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The batch path's reads and writes of visit codes, against the real database. */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class VisitCodeStoreTest {

    static final Instant FROM = Instant.parse("2026-12-04T00:00:00.123456Z");
    static final Instant UNTIL = FROM.plus(Duration.ofHours(10));

    @Inject
    VisitCodeStore store;

    @Inject
    VisitCodeRepository repository;

    @Test
    void finds_codes_by_hash_in_one_read_and_leaves_out_hashes_no_code_has() {
        UUID voucher = UUID.randomUUID();
        UUID provider = UUID.randomUUID();
        VisitCode first = stored(voucher, provider, "111111");
        VisitCode second = stored(UUID.randomUUID(), provider, "222222");
        String unknown = VisitCode.hashOf(voucher, "333333");

        Map<String, VisitCode> found = QuarkusTransaction.requiringNew().call(() -> store.byHash(
                List.of(first.codeHash(), second.codeHash(), unknown)));

        assertThat(found).containsOnlyKeys(first.codeHash(), second.codeHash());
        VisitCode read = found.get(first.codeHash());
        assertThat(read.id()).isEqualTo(first.id());
        assertThat(read.voucherId()).isEqualTo(voucher);
        assertThat(read.providerId()).isEqualTo(provider);
        assertThat(read.validFrom()).isEqualTo(FROM);
        assertThat(read.validUntil()).isEqualTo(UNTIL);
        assertThat(read.issuedBy()).isEqualTo("provider-a");
        assertThat(read.usedAt()).isNull();
        assertThat(read.usableFor(FROM.plusSeconds(60))).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> store.byHash(List.of()))).isEmpty();
    }

    @Test
    void marks_codes_used_by_their_logs_and_a_used_code_is_not_usable_again() {
        VisitCode one = stored(UUID.randomUUID(), UUID.randomUUID(), "444444");
        VisitCode two = stored(UUID.randomUUID(), UUID.randomUUID(), "555555");
        UUID logOne = UUID.randomUUID();
        UUID logTwo = UUID.randomUUID();
        Instant at = FROM.plus(Duration.ofHours(2));

        QuarkusTransaction.requiringNew().run(() -> store.markUsed(List.of(new Use(one.id(), logOne, at),
                new Use(two.id(), logTwo, at.plusSeconds(5)))));

        Map<String, VisitCode> found = QuarkusTransaction.requiringNew().call(() -> store.byHash(
                List.of(one.codeHash(), two.codeHash())));
        assertThat(found.get(one.codeHash()).usedAt()).isEqualTo(at);
        assertThat(found.get(one.codeHash()).usedByLogId()).isEqualTo(logOne);
        assertThat(found.get(two.codeHash()).usedAt()).isEqualTo(at.plusSeconds(5));
        assertThat(found.get(two.codeHash()).usedByLogId()).isEqualTo(logTwo);
        assertThat(found.get(one.codeHash()).usableFor(FROM.plusSeconds(60))).isFalse();
    }

    @Test
    void marking_a_used_code_again_fails_and_changes_nothing() {
        VisitCode used = stored(UUID.randomUUID(), UUID.randomUUID(), "666666");
        VisitCode fresh = stored(UUID.randomUUID(), UUID.randomUUID(), "777777");
        UUID firstLog = UUID.randomUUID();
        Instant at = FROM.plus(Duration.ofHours(1));
        QuarkusTransaction.requiringNew().run(() -> store.markUsed(List.of(new Use(used.id(), firstLog, at))));

        Throwable failure = catchThrowable(() -> QuarkusTransaction.requiringNew().run(() -> store.markUsed(List.of(
                new Use(fresh.id(), UUID.randomUUID(), at), new Use(used.id(), UUID.randomUUID(), at.plusSeconds(1))))));
        assertThat(causes(failure)).anyMatch(t -> t instanceof IllegalStateException
                && t.getMessage().contains("1 of 2"));

        Map<String, VisitCode> found = QuarkusTransaction.requiringNew().call(() -> store.byHash(
                List.of(used.codeHash(), fresh.codeHash())));
        assertThat(found.get(used.codeHash()).usedByLogId()).isEqualTo(firstLog);
        assertThat(found.get(used.codeHash()).usedAt()).isEqualTo(at);
        assertThat(found.get(fresh.codeHash()).usedAt()).as("rolled back with the batch").isNull();
    }

    @Test
    void the_store_works_only_inside_a_transaction() {
        assertThatThrownBy(() -> store.byHash(List.of(VisitCode.hashOf(UUID.randomUUID(), "123456"))))
                .isInstanceOf(TransactionalException.class);
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private VisitCode stored(UUID voucher, UUID provider, String code) {
        VisitCode visitCode = VisitCode.issue(voucher, provider, code, FROM, UNTIL,
                FROM.minus(1, ChronoUnit.HOURS), "provider-a").visitCode();
        QuarkusTransaction.requiringNew().run(() -> repository.persist(visitCode));
        return visitCode;
    }
}
