package org.homecare.eligibility.service;

import io.smallrye.config.ConfigMapping;

/**
 * The per-deployment secret of the keyed hash under which an identity number is looked up; no default, so prod
 * refuses to start without one (HOMECARE_PERSON_KEY_SECRET, at least 32 characters).
 */
@ConfigMapping(prefix = "homecare.person-key")
public interface PersonKeySettings {

    String secret();
}
