package org.homecare.settlement.service;

import org.eclipse.microprofile.config.spi.Converter;
import org.homecare.contracts.clock.SubmissionWindow;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithParentName;

/**
 * How long a month stays open for its service logs ({@code homecare.settlement.submission-window-days}): a month may
 * be closed once its window has ended. application.properties takes the value from voucher-service's
 * {@code homecare.voucher.submission-window-days} (5 when unset), so one setting for the whole stack tells both
 * services when a month ends. A value outside 0-27 stops the service at start-up. The key is the whole prefix: a
 * mapping of {@code homecare.settlement} would claim the other settings there.
 */
@ConfigMapping(prefix = "homecare.settlement.submission-window-days")
public interface SubmissionWindowSettings {

    /** Days into the next month during which a month's logs may still be submitted. */
    @WithParentName
    @WithConverter(Days.class)
    SubmissionWindow submissionWindow();

    /** Reads the number of days; the window checks its range. */
    final class Days implements Converter<SubmissionWindow> {

        @Override
        public SubmissionWindow convert(String value) {
            return new SubmissionWindow(Integer.parseInt(value.trim()));
        }
    }
}
