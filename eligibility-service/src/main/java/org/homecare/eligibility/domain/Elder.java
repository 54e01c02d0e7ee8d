package org.homecare.eligibility.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An elder's identity and what never changes; the changing facts live in {@link FactRecord} history rows. */
@Entity
@Table(name = "elder")
public class Elder {

    @Id
    private UUID id;

    @Column(name = "id_number", nullable = false, unique = true, length = 18)
    private String idNumber;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(nullable = false, length = 6)
    private String sex;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 20)
    private String phone;

    @Column(name = "date_of_death")
    private LocalDate dateOfDeath;

    @Column(name = "registered_at", nullable = false)
    private OffsetDateTime registeredAt;

    @Column(name = "registered_by", nullable = false, length = 200)
    private String registeredBy;

    // The home point last recorded, both or neither; personal data that leaves this row only as its cell (HOME_CELL
    // facts, decisions, events).
    @Column(name = "home_latitude")
    private Double homeLatitude;

    @Column(name = "home_longitude")
    private Double homeLongitude;

    // The current state a search and the district scope read; written by SQL only (registration, every decision,
    // the voucher-service's VoucherIssued), so Hibernate never writes a stale copy back.
    @Column(name = "district_code", insertable = false, updatable = false)
    private String districtCode;

    @Column(name = "street", insertable = false, updatable = false)
    private String street;

    @Column(name = "eligible", insertable = false, updatable = false)
    private boolean eligible;

    @Column(name = "voucher_id", insertable = false, updatable = false)
    private UUID voucherId;

    @Column(name = "voucher_card_number", insertable = false, updatable = false)
    private String voucherCardNumber;

    protected Elder() {
    }

    /** @param home null when the caseworker recorded no location */
    public Elder(UUID id, String idNumber, LocalDate birthDate, String sex, String name, String phone,
            HomeLocation home, OffsetDateTime registeredAt, String registeredBy) {
        this.id = id;
        this.idNumber = idNumber;
        this.birthDate = birthDate;
        this.sex = sex;
        this.name = name;
        this.phone = phone;
        recordHome(home);
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }

    public void recordDeath(LocalDate date) {
        this.dateOfDeath = date;
    }

    /** Keeps the point last recorded; null keeps the one known. */
    public void recordHome(HomeLocation home) {
        if (home != null) {
            this.homeLatitude = home.latitude();
            this.homeLongitude = home.longitude();
        }
    }

    /** The home point last recorded, null when none was. */
    public HomeLocation home() {
        return homeLatitude == null || homeLongitude == null ? null : new HomeLocation(homeLatitude, homeLongitude);
    }

    public UUID id() {
        return id;
    }

    public String idNumber() {
        return idNumber;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String sex() {
        return sex;
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    public LocalDate dateOfDeath() {
        return dateOfDeath;
    }

    public OffsetDateTime registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }

    /** The district of the latest decision's facts: what decides which caseworkers see this elder. */
    public String districtCode() {
        return districtCode;
    }

    public String street() {
        return street;
    }

    public boolean eligible() {
        return eligible;
    }

    /** The voucher voucher-service issued for this elder, once it has said so; null before. */
    public UUID voucherId() {
        return voucherId;
    }

    public String voucherCardNumber() {
        return voucherCardNumber;
    }
}
