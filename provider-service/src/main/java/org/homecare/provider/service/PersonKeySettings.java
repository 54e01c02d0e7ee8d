package org.homecare.provider.service;

import io.smallrye.config.ConfigMapping;

/** The per-deployment secret of caregivers' person keys; no default, so prod refuses to start without one. */
@ConfigMapping(prefix = "homecare.person-key")
public interface PersonKeySettings {

    String secret();
}
