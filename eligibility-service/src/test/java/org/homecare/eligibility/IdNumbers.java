package org.homecare.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.homecare.contracts.identity.ResidentIdNumber;

/** Valid GB 11643 numbers for test elders, distinct within a test JVM. */
public final class IdNumbers {

    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 80_000));

    public static String bornOn(LocalDate birthDate) {
        int n = NEXT.getAndIncrement();
        String first17 = "3401" + String.format("%02d", 10 + (n / 1000) % 89)
                + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", n % 1000);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private IdNumbers() {
    }
}
