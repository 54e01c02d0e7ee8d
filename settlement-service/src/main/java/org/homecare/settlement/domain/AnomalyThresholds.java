package org.homecare.settlement.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * When the anomaly report flags a log, elder or caregiver. No event carries the catalogue's norm duration, so a visit
 * is measured against the median duration of the same item in the same period.
 */
@ConfigMapping(prefix = "homecare.settlement.anomalies")
public interface AnomalyThresholds {

    /** A visit shorter than this fraction of its item's median duration is flagged. */
    @WithDefault("0.34")
    double shortVisitFraction();

    /** An elder or caregiver with more than this many times the average visits per elder/caregiver is flagged. */
    @WithDefault("3.0")
    double unusualVolumeFactor();

    /** ... and at least this many visits in the period, so tiny periods do not flag everyone. */
    @WithDefault("20")
    int unusualVolumeMinimum();
}
