package org.homecare.voucher.support;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.geo.Geohash;
import org.homecare.contracts.events.EligibilityEvents.EligibilityChanged;
import org.homecare.contracts.events.EligibilityEvents.EligibilityGranted;
import org.homecare.contracts.events.EligibilityEvents.EligibilityRevoked;
import org.homecare.contracts.events.ProviderEvents.CaregiverRegistered;
import org.homecare.contracts.events.ProviderEvents.ContractActivated;
import org.homecare.contracts.events.ProviderEvents.ProviderApproved;
import org.homecare.contracts.events.ProviderEvents.Rate;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.domain.VoucherStatus;
import org.homecare.voucher.repository.CaregiverRepository;
import org.homecare.voucher.repository.ContractRepository;
import org.homecare.voucher.repository.ProviderRepository;
import org.homecare.voucher.repository.VoucherRepository;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Providers A and B (the realm's provider-a and provider-b) and, per test, fresh vouchers, caregivers and contracts
 * with item codes of their own, so that tests sharing one database never see each other's data.
 */
public final class TestWorld {

    public static final String CODE_A = "91340100MA2NHC015G";
    public static final String CODE_B = "91340100MA2NHC023B";
    public static final UUID PROVIDER_A = UUID.nameUUIDFromBytes("test-provider-a".getBytes(StandardCharsets.UTF_8));
    public static final UUID PROVIDER_B = UUID.nameUUIDFromBytes("test-provider-b".getBytes(StandardCharsets.UTF_8));
    public static final String YAOHAI = "340102";
    public static final String LUYANG = "340103";
    public static final String SHUSHAN = "340104";
    public static final List<String> ALL_CATEGORIES = List.of("REHAB", "HOUSEKEEPING", "MEAL");
    private static final Random RANDOM = new Random();

    private TestWorld() {
    }

    /** Both providers approved (fixed event ids: calling this again is a redelivery that changes nothing). */
    public static void providersApproved() {
        roomInTheMonth();
        approve(PROVIDER_A, CODE_A, "approve-a");
        approve(PROVIDER_B, CODE_B, "approve-b");
        awaitTrue(() -> providers().findByIdOptional(PROVIDER_A).isPresent()
                && providers().findByIdOptional(PROVIDER_B).isPresent());
    }

    private static void approve(UUID provider, String code, String eventName) {
        TestEvents.publish(UUID.nameUUIDFromBytes(eventName.getBytes(StandardCharsets.UTF_8)),
                new ProviderApproved(provider, code, "Test provider " + code, List.of(YAOHAI, LUYANG, SHUSHAN),
                        ALL_CATEGORIES, LocalDate.of(2020, 1, 1)));
    }

    /**
     * Tests log visits up to a day before now, and a month's logs spend only that month's money (a voucher granted now
     * has none of last month's): early in a month the business clock moves on to noon on the 2nd, so that every
     * test's visits fall in the month its vouchers were credited for. The clock only moves forward; tests read it.
     */
    private static void roomInTheMonth() {
        ZonedDateTime now = clock().now();
        ZonedDateTime enough = now.withDayOfMonth(2).truncatedTo(ChronoUnit.DAYS).withHour(12);
        if (now.isBefore(enough)) {
            clock().moveTo(enough.toInstant());
        }
    }

    /** What a submission test starts from: provider-a's contract for a new item, a caregiver, a Yaohai voucher. */
    public record SubmissionScene(String item, UUID caregiver, Voucher voucher) {
    }

    public static SubmissionScene submissionScene() {
        providersApproved();
        String item = newItemCode();
        contractFor(PROVIDER_A, item, "HOUSEKEEPING", 4_500);
        return new SubmissionScene(item, caregiver(PROVIDER_A), voucher(YAOHAI, 60_000, ALL_CATEGORIES));
    }

    public static String newItemCode() {
        StringBuilder code = new StringBuilder("T");
        for (int i = 0; i < 8; i++) {
            code.append((char) ('A' + RANDOM.nextInt(26)));
        }
        return code.toString();
    }

    public static UUID contract(UUID provider, List<String> districts, LocalDate from, LocalDate to,
            List<Rate> rates) {
        UUID contractId = UUID.randomUUID();
        TestEvents.publish(new ContractActivated(contractId, provider, from, to, districts, rates));
        awaitTrue(() -> contracts().findByIdOptional(contractId).isPresent());
        return contractId;
    }

    /** A contract of the provider in Yaohai and Luyang, valid around today, pricing one item. */
    public static UUID contractFor(UUID provider, String itemCode, String category, long unitPriceFen) {
        LocalDate today = clock().today();
        return contract(provider, List.of(YAOHAI, LUYANG), today.minusDays(90), today.plusDays(365),
                List.of(new Rate(itemCode, category, "VISIT", unitPriceFen, today.minusDays(90))));
    }

    public static UUID caregiver(UUID provider) {
        return caregiver(provider, "pk-" + UUID.randomUUID());
    }

    public static UUID caregiver(UUID provider, String personKey) {
        UUID caregiverId = UUID.randomUUID();
        TestEvents.publish(new CaregiverRegistered(caregiverId, provider, personKey, 2,
                clock().today().minusDays(90)));
        awaitTrue(() -> caregivers().findByIdOptional(caregiverId).isPresent());
        return caregiverId;
    }

    /** A voucher granted now (credited for this month); returns it once the consumer opened it. */
    public static Voucher voucher(String district, long monthlyAmountFen, List<String> categories) {
        UUID elder = UUID.randomUUID();
        TestEvents.publish(new EligibilityGranted(elder, district, monthlyAmountFen, categories,
                clock().today().minusDays(60), UUID.randomUUID(), 1));
        return awaitVoucherOf(elder);
    }

    /** A voucher granted now whose grant gives the elder's masked name. */
    public static Voucher voucherNamed(String district, long monthlyAmountFen, List<String> categories,
            String elderName) {
        UUID elder = UUID.randomUUID();
        TestEvents.publish(new EligibilityGranted(elder, district, monthlyAmountFen, categories,
                clock().today().minusDays(60), UUID.randomUUID(), 1, elderName));
        return awaitVoucherOf(elder);
    }

    /** Where LogRequests logs a visit by default, and the home cell of an elder who lives there. */
    public static final double HOME_LATITUDE = 31.86;
    public static final double HOME_LONGITUDE = 117.28;
    public static final String HOME_CELL = Geohash.encode(HOME_LATITUDE, HOME_LONGITUDE, Geohash.HOME_CELL_PRECISION);

    /** A voucher granted now whose grant gives the elder's home cell and phone. */
    public static Voucher voucherAtHome(String district, long monthlyAmountFen, List<String> categories,
            String homeCell, String phone) {
        UUID elder = UUID.randomUUID();
        TestEvents.publish(new EligibilityGranted(elder, district, monthlyAmountFen, categories,
                clock().today().minusDays(60), UUID.randomUUID(), 1, "张*", homeCell, phone));
        return awaitVoucherOf(elder);
    }

    /** The elder moves to another district (or gets other categories): the account's terms change. */
    public static Voucher moved(Voucher voucher, String district, List<String> categories) {
        TestEvents.publish(new EligibilityChanged(voucher.elderId(), district, voucher.monthlyAmountFen(), categories,
                clock().today(), UUID.randomUUID(), 2));
        awaitTrue(() -> reload(voucher.id()).districtCode().equals(district));
        return reload(voucher.id());
    }

    /** Eligibility revoked for a reason other than death: the account is suspended. */
    public static Voucher suspended(Voucher voucher) {
        TestEvents.publish(new EligibilityRevoked(voucher.elderId(), voucher.districtCode(), "NO_RULE_MATCHES",
                clock().today(), UUID.randomUUID(), 2));
        awaitTrue(() -> reload(voucher.id()).status() == VoucherStatus.SUSPENDED);
        return reload(voucher.id());
    }

    /** The elder's phone as a grant would bring it (until the grant consumer records it itself). */
    public static Voucher withContactPhone(Voucher voucher, String phone) {
        QuarkusTransaction.requiringNew().run(() -> vouchers().findById(voucher.id()).recordContactPhone(phone));
        return reload(voucher.id());
    }

    public static Voucher awaitVoucherOf(UUID elder) {
        awaitTrue(() -> vouchers().findByElder(elder).isPresent());
        return QuarkusTransaction.requiringNew().call(() -> vouchers().findByElder(elder).orElseThrow());
    }

    public static Voucher reload(UUID voucherId) {
        return QuarkusTransaction.requiringNew().call(() -> vouchers().findById(voucherId));
    }

    public static void awaitTrue(Callable<Boolean> condition) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> QuarkusTransaction.requiringNew().call(condition));
    }

    public static BusinessClock clock() {
        return Arc.container().instance(BusinessClock.class).get();
    }

    private static ProviderRepository providers() {
        return Arc.container().instance(ProviderRepository.class).get();
    }

    private static ContractRepository contracts() {
        return Arc.container().instance(ContractRepository.class).get();
    }

    private static CaregiverRepository caregivers() {
        return Arc.container().instance(CaregiverRepository.class).get();
    }

    private static VoucherRepository vouchers() {
        return Arc.container().instance(VoucherRepository.class).get();
    }
}
