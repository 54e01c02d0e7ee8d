package org.homecare.voucher.domain;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What voucher-service knows of a provider from provider.v1; the status lives in {@link ProviderStatusChange}. */
@Entity
@Table(name = "provider")
public class Provider {

    @Id
    private UUID id;

    @Column(name = "credit_code")
    private String creditCode;

    private String name;

    @Column(name = "district_codes", nullable = false)
    private String districtCodes = "";

    @Column(nullable = false)
    private String categories = "";

    protected Provider() {
    }

    public Provider(UUID id) {
        this.id = id;
    }

    public void describe(String creditCode, String name, Collection<String> districtCodes, Collection<String> categories) {
        this.creditCode = creditCode;
        this.name = name;
        this.districtCodes = CodeList.join(districtCodes);
        this.categories = CodeList.join(categories);
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

    public Set<String> districtCodes() {
        return CodeList.split(districtCodes);
    }

    public Set<String> categories() {
        return CodeList.split(categories);
    }
}
