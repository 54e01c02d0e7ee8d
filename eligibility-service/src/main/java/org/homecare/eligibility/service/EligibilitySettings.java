package org.homecare.eligibility.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "homecare.eligibility")
public interface EligibilitySettings {

    /** Elders per re-certification batch: one transaction, one progress write. */
    @WithDefault("2000")
    int recertificationBatchSize();

    /** How often the worker looks for queued or interrupted runs ({@code off} where a test drives it). */
    @WithDefault("5s")
    String recertificationPoll();

    /** When the daily re-evaluation runs (Quartz-style cron, Asia/Shanghai; {@code off} where a test drives it). */
    @WithDefault("0 5 0 * * ?")
    String dailyCron();
}
