package org.homecare.provider;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.homecare.contracts.identity.ResidentIdNumber;
import org.homecare.provider.domain.CreditCode;
import org.homecare.deploy.test.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Builds providers, contracts and caregivers through the REST API, as the city and providers would. */
public final class TestProviders {

    public static final String PROVIDER_A_CODE = "91340100MA2NHC015G";
    public static final String PROVIDER_B_CODE = "91340100MA2NHC023B";
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.forUser(user)).contentType(ContentType.JSON);
    }

    /** A fresh, valid unified social credit code (never provider-a's or provider-b's). */
    public static String newCreditCode() {
        StringBuilder code = new StringBuilder("913401");
        while (code.length() < 17) {
            code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return code.append(CreditCode.checkCharacter(code.toString())).toString();
    }

    /** A fresh, valid resident identity number of a Shushan resident born 1940-1999. */
    public static String newIdNumber() {
        String first17 = "340104" + ThreadLocalRandom.current().nextInt(1940, 2000)
                + String.format("%02d%02d", ThreadLocalRandom.current().nextInt(1, 13),
                ThreadLocalRandom.current().nextInt(1, 29)) + String.format("%03d",
                        ThreadLocalRandom.current().nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    public static Map<String, Object> registration(String creditCode) {
        return Map.of("creditCode", creditCode, "name", "安康居家养老服务中心 " + creditCode.substring(10),
                "legalRepresentative", "王芳", "address", "合肥市蜀山区长江西路 100 号", "phone", "0551-65551234",
                "districtCodes", List.of("340104", "340111"), "categories", List.of("REHAB", "HOUSEKEEPING"));
    }

    public static UUID register(String creditCode) {
        return UUID.fromString(as("city-admin").body(registration(creditCode)).post("/api/v1/providers").then()
                .statusCode(201).extract().path("id"));
    }

    public static void move(UUID provider, String action) {
        as("city-admin").body(Map.of("reason", "test: " + action)).post("/api/v1/providers/" + provider + "/" + action)
                .then().statusCode(200);
    }

    public static UUID approvedProvider() {
        UUID provider = register(newCreditCode());
        move(provider, "approve");
        return provider;
    }

    /** The approved provider of a provider user's token, registered the first time a test needs it. */
    public static synchronized UUID providerOf(String user, String creditCode) {
        var me = as(user).get("/api/v1/providers/me");
        if (me.statusCode() == 200) {
            return UUID.fromString(me.path("id"));
        }
        UUID provider = register(creditCode);
        move(provider, "approve");
        return provider;
    }

    public static Map<String, Object> contract(String validFrom, String validTo, List<Map<String, Object>> rates) {
        return Map.of("validFrom", validFrom, "validTo", validTo, "districtCodes", List.of("340104"), "rates", rates);
    }

    public static Map<String, Object> rate(String itemCode, long unitPriceFen, String effectiveFrom) {
        return Map.of("itemCode", itemCode, "unitPriceFen", unitPriceFen, "effectiveFrom", effectiveFrom);
    }

    public static UUID createContract(UUID provider, String validFrom, String validTo) {
        return UUID.fromString(as("city-admin")
                .body(contract(validFrom, validTo, List.of(rate("R01", 6000, validFrom), rate("H01", 3000, validFrom))))
                .post("/api/v1/providers/" + provider + "/contracts").then().statusCode(201).extract().path("id"));
    }

    public static UUID registerCaregiver(String user, UUID provider, String idNumber) {
        return UUID.fromString(as(user).body(Map.of("idNumber", idNumber, "name", "李静", "certificationLevel", 4))
                .post("/api/v1/providers/" + provider + "/caregivers").then().statusCode(201).extract().path("id"));
    }

    /** Runs the calls at the same moment on their own threads and returns their HTTP statuses. */
    public static List<Integer> concurrently(List<Supplier<Response>> calls)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = calls.stream()
                    .map(call -> pool.submit(() -> {
                        start.await();
                        return call.get().statusCode();
                    }))
                    .toList();
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private TestProviders() {
    }
}
