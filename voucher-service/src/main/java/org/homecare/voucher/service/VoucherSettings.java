package org.homecare.voucher.service;

import org.homecare.voucher.domain.MonthlyCredit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "homecare.voucher")
public interface VoucherSettings {

    enum CarryOver {
        /** unused balance expires at the end of every month */
        NONE,
        /** unused balance is kept until the end of December */
        UNTIL_YEAR_END
    }

    /** What an account opened mid-month receives for that month. */
    @WithDefault("FULL")
    MonthlyCredit.FirstMonth firstMonthCredit();

    @WithDefault("NONE")
    CarryOver carryOver();

    /** Days after the service date during which a log may still be submitted. */
    @WithDefault("30")
    int submissionWindowDays();

    /** Accounts credited or expired per transaction in a monthly run. */
    @WithDefault("500")
    int runChunkSize();

    MonthlyRun monthlyRun();

    interface MonthlyRun {
        /** Whether the scheduler credits and expires by itself when the business month changes. */
        @WithDefault("true")
        boolean enabled();
    }
}
