package org.homecare.voucher.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * One elder's voucher account. The balance only changes through {@link #post}, which also yields the ledger entry, so
 * the stored balance is always the sum of the entries; the database refuses a negative balance as well. The money of
 * each month is kept apart: an entry names its period and moves that period's balance, which never goes negative
 * either. The balances of the periods a transaction posts to are read with the account's lock
 * ({@code PeriodBalances}) and are not part of the entity.
 */
@Entity
@Table(name = "voucher")
public class Voucher {

    @Id
    private UUID id;

    @Column(name = "elder_id", nullable = false)
    private UUID elderId;

    /** The number on the voucher's card ({@link CardNumber}); never changes, never reused. */
    @Column(name = "card_number", nullable = false, updatable = false)
    private String cardNumber;

    /** The elder's name masked ({@link MaskedName}), once eligibility sends one; null before. */
    @Column(name = "elder_name_masked")
    private String elderNameMasked;

    /** The elder's phone from eligibility, where visit codes are sent; null before a grant carries one. */
    @Column(name = "contact_phone")
    private String contactPhone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VoucherStatus status;

    @Column(name = "district_code", nullable = false)
    private String districtCode;

    @Column(nullable = false)
    private String categories;

    @Column(name = "monthly_amount_fen", nullable = false)
    private long monthlyAmountFen;

    @Column(name = "balance_fen", nullable = false)
    private long balanceFen;

    @Column(name = "entry_count", nullable = false)
    private int entryCount;

    @Column(name = "status_count", nullable = false)
    private int statusCount;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    /** The geohash cell of the elder's home (about 150 m) from eligibility; null when none was recorded. */
    @Column(name = "home_cell")
    private String homeCell;

    /** The balance of each period read for this transaction, by period ({@code 2026-11}). */
    @Transient
    private Map<String, Long> periodBalances = new HashMap<>();

    /** Opened in this transaction: every period's balance is what this transaction posted to it. */
    @Transient
    private boolean opened;

    protected Voucher() {
    }

    public static Voucher open(UUID elderId, CardNumber cardNumber, String districtCode, long monthlyAmountFen,
            Collection<String> categories, LocalDate openedOn) {
        Voucher voucher = new Voucher();
        voucher.id = UUID.randomUUID();
        voucher.elderId = elderId;
        voucher.cardNumber = cardNumber.digits();
        voucher.status = VoucherStatus.ACTIVE;
        voucher.openedOn = openedOn;
        voucher.opened = true;
        voucher.setTerms(districtCode, monthlyAmountFen, categories);
        return voucher;
    }

    /**
     * A voucher as stored, read by plain SQL on the batch redemption path: not managed by the entity manager, so
     * that path writes the balances it posts back itself.
     */
    public static Voucher stored(UUID id, UUID elderId, String cardNumber, VoucherStatus status, String districtCode,
            String categories, long monthlyAmountFen, long balanceFen, int entryCount, int statusCount,
            LocalDate openedOn, String homeCell) {
        Voucher voucher = new Voucher();
        voucher.id = id;
        voucher.elderId = elderId;
        voucher.cardNumber = cardNumber;
        voucher.status = status;
        voucher.districtCode = districtCode;
        voucher.categories = categories;
        voucher.monthlyAmountFen = monthlyAmountFen;
        voucher.balanceFen = balanceFen;
        voucher.entryCount = entryCount;
        voucher.statusCount = statusCount;
        voucher.openedOn = openedOn;
        voucher.homeCell = homeCell;
        return voucher;
    }

    /** New terms from eligibility; the amount is what the next monthly credit pays. */
    public void setTerms(String districtCode, long monthlyAmountFen, Collection<String> categories) {
        if (monthlyAmountFen < 0) {
            throw new IllegalArgumentException("a monthly amount cannot be negative: " + monthlyAmountFen);
        }
        this.districtCode = districtCode;
        this.monthlyAmountFen = monthlyAmountFen;
        this.categories = CodeList.join(categories);
    }

    /** Keeps the name masked; no name (an event without one) keeps the one known. */
    public void nameElder(String name) {
        String masked = MaskedName.of(name);
        if (masked != null) {
            elderNameMasked = masked;
        }
    }

    /** No phone (an event without one) keeps the one known. */
    public void recordContactPhone(String phone) {
        if (phone != null && !phone.isBlank()) {
            contactPhone = phone.strip();
        }
    }

    /** The home cell of a grant or change; none (an event without one) keeps the one known. */
    public void placeHome(String cell) {
        if (cell != null) {
            homeCell = cell;
        }
    }

    /** What the period's entries add up to, read under the account's lock before posting to the period. */
    public void knowPeriodBalance(String period, long balanceFen) {
        periodBalances.put(period, balanceFen);
    }

    /** The balances read for this transaction, by period in time order. */
    public SortedMap<String, Long> knownPeriodBalances() {
        return new TreeMap<>(periodBalances);
    }

    public long periodBalanceFen(String period) {
        Long balance = periodBalances.get(period);
        if (balance == null && opened) {
            return 0;
        }
        if (balance == null) {
            throw new IllegalStateException("the balance of " + period + " was not read for voucher " + id);
        }
        return balance;
    }

    public VoucherStatusChange changeStatus(VoucherStatus newStatus, LocalDate effectiveFrom, String reason) {
        status = newStatus;
        statusCount++;
        return new VoucherStatusChange(id, statusCount, newStatus, effectiveFrom, reason);
    }

    /**
     * @param amountFen signed: positive for CREDIT and REVERSAL, negative for DEBIT and EXPIRY, either for CARRY_OVER
     * @throws InsufficientBalanceException when the entry would make the balance, or its period's, negative
     */
    public LedgerEntry post(LedgerEntryType type, long amountFen, String period, String reference, Instant at) {
        boolean credit = type == LedgerEntryType.CREDIT || type == LedgerEntryType.REVERSAL;
        boolean debit = type == LedgerEntryType.DEBIT || type == LedgerEntryType.EXPIRY;
        if (credit && amountFen < 0 || debit && amountFen > 0) {
            throw new IllegalArgumentException(type + " of " + amountFen + " has the wrong sign");
        }
        long periodBalance = periodBalanceFen(period);
        long after = Math.addExact(balanceFen, amountFen);
        long periodAfter = Math.addExact(periodBalance, amountFen);
        if (after < 0 || periodAfter < 0) {
            throw new InsufficientBalanceException(id, periodBalance, -amountFen);
        }
        balanceFen = after;
        periodBalances.put(period, periodAfter);
        entryCount++;
        return new LedgerEntry(id, entryCount, type, amountFen, after, period, periodAfter, reference, at);
    }

    public UUID id() {
        return id;
    }

    public UUID elderId() {
        return elderId;
    }

    public String cardNumber() {
        return cardNumber;
    }

    /** @return null when the grant carried no name */
    public String elderNameMasked() {
        return elderNameMasked;
    }

    /** @return null while no grant carried a phone; never to be shown or logged unmasked */
    public String contactPhone() {
        return contactPhone;
    }

    public VoucherStatus status() {
        return status;
    }

    public String districtCode() {
        return districtCode;
    }

    public Set<String> categories() {
        return CodeList.split(categories);
    }

    public boolean allowsCategory(String category) {
        return CodeList.contains(categories, category);
    }

    public long monthlyAmountFen() {
        return monthlyAmountFen;
    }

    public long balanceFen() {
        return balanceFen;
    }

    /** How many ledger entries the account has: the seq of its latest. */
    public int entryCount() {
        return entryCount;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    /** @return null when no home location was recorded */
    public String homeCell() {
        return homeCell;
    }
}
