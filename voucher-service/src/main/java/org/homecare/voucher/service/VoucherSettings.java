package org.homecare.voucher.service;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.homecare.contracts.clock.SubmissionWindow;

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

    /**
     * Days into the next month during which a month's logs may still be submitted (until 24:00 on that day,
     * Asia/Shanghai); when it ends the month's leftover expires or carries over, and settlement may close it.
     */
    @WithDefault("5")
    @Min(0)
    @Max(27)
    int submissionWindowDays();

    default SubmissionWindow window() {
        return new SubmissionWindow(submissionWindowDays());
    }

    /** How far from the elder's home cell's centre a visit may be logged before it is held (LOCATION_MISMATCH). */
    @WithDefault("500")
    @Min(0)
    int locationToleranceM();

    /**
     * The first digits of every card number (CardNumber): the city's, 1 to 9 digits so that at least 6 are left for
     * the vouchers' numbers. Checked at startup; the V7 migration numbers existing vouchers with it as well.
     */
    @Pattern(regexp = "[0-9]{1,9}", message = "must be 1 to 9 digits, leaving room for the vouchers' numbers")
    String cardPrefix();

    /** Accounts credited or expired per transaction in a monthly run. */
    @WithDefault("500")
    int runChunkSize();

    MonthlyRun monthlyRun();

    interface MonthlyRun {
        /** Whether the scheduler credits and expires by itself when the business month changes. */
        @WithDefault("true")
        boolean enabled();
    }

    /** The texts to elders (visit codes): which sender, and where prod's gateway is. */
    Messages messages();

    interface Messages {

        enum Sender {
            /** keeps each text in sent_message instead of sending it (dev, test, local stack) */
            RECORDING,
            /** POSTs {@code {to, text}} to the SMS gateway (prod) */
            HTTP
        }

        @WithDefault("http")
        Sender sender();

        /** The gateway's endpoint; required with sender http. */
        Optional<URI> gatewayUrl();

        /** Sent as the bearer token to the gateway; a secret, set from the environment in prod. */
        Optional<String> gatewayToken();

        /** How long a text may take to reach the gateway before the code is not issued (503). */
        @WithDefault("5s")
        Duration timeout();

        /** Whether city-admin may read what the recording sender kept (GET /admin/messages); 404 where off. */
        @WithDefault("false")
        boolean readable();
    }
}
