package org.homecare.provider.domain;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A care provider and where it stands in its lifecycle; {@link #apply} is the only way to change the status. */
@Entity
@Table(name = "provider")
public class Provider {

    @Id
    private UUID id;

    @Column(name = "credit_code", nullable = false, unique = true)
    private String creditCode;

    @Column(nullable = false)
    private String name;

    @Column(name = "legal_representative", nullable = false)
    private String legalRepresentative;

    @Column(nullable = false)
    private String address;

    @Column(nullable = false)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProviderStatus status;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "provider_district", joinColumns = @JoinColumn(name = "provider_id"))
    @Column(name = "district_code", nullable = false)
    private Set<String> districtCodes = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "provider_category", joinColumns = @JoinColumn(name = "provider_id"))
    @Column(name = "category", nullable = false)
    private Set<String> categories = new TreeSet<>();

    protected Provider() {
    }

    public Provider(UUID id, CreditCode creditCode, String name, String legalRepresentative, String address,
            String phone, Set<String> districtCodes, Set<String> categories, Instant registeredAt) {
        this.id = id;
        this.creditCode = creditCode.value();
        this.name = name;
        this.legalRepresentative = legalRepresentative;
        this.address = address;
        this.phone = phone;
        this.districtCodes = new TreeSet<>(districtCodes);
        this.categories = new TreeSet<>(categories);
        this.status = ProviderStatus.APPLIED;
        this.registeredAt = registeredAt;
    }

    /** @throws IllegalTransitionException when the current status does not allow the action */
    public ProviderStatus apply(ProviderStatus.Action action) {
        if (!status.allows(action)) {
            throw new IllegalTransitionException("provider " + id, status.name(), action.name());
        }
        ProviderStatus before = status;
        status = action.target();
        return before;
    }

    public boolean serves(String districtCode) {
        return districtCodes.contains(districtCode);
    }

    public boolean offers(String category) {
        return categories.contains(category);
    }

    public UUID id() {
        return id;
    }

    public String creditCode() {
        return creditCode;
    }

    public String name() {
        return name;
    }

    public String legalRepresentative() {
        return legalRepresentative;
    }

    public String address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public ProviderStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Set<String> districtCodes() {
        return new TreeSet<>(districtCodes);
    }

    public Set<String> categories() {
        return new TreeSet<>(categories);
    }
}
