package org.homecare.eligibility.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.contracts.identity.PersonKey;
import org.homecare.contracts.identity.ResidentIdNumber;

/** The keyed hash of an identity number: stored with the elder, and the only form a search compares in SQL. */
@ApplicationScoped
public class IdNumberKeys {

    private final PersonKey key;

    public IdNumberKeys(PersonKeySettings settings) {
        this.key = new PersonKey(settings.secret());
    }

    public String of(ResidentIdNumber number) {
        return key.of(number);
    }
}
