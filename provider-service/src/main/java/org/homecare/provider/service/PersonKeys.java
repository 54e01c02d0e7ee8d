package org.homecare.provider.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.contracts.identity.PersonKey;
import org.homecare.contracts.identity.ResidentIdNumber;

@ApplicationScoped
public class PersonKeys {

    private final PersonKey personKey;

    public PersonKeys(PersonKeySettings settings) {
        this.personKey = new PersonKey(settings.secret());
    }

    public String of(ResidentIdNumber number) {
        return personKey.of(number);
    }
}
