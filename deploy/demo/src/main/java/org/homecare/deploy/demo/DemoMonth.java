package org.homecare.deploy.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.homecare.contracts.identity.ResidentIdNumber;
import org.homecare.deploy.TokenClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Plays one month on a running local stack through the public REST APIs with real tokens: the Hefei policy (seeded),
 * a few hundred generated elders, four providers with contracts and caregivers (two of them the dev realm's
 * provider-a and provider-b, each with the account the city pays it to), a month of service logs (some rejected for
 * realistic reasons) that provider-a and provider-b submit as a back office would, by the card numbers of their
 * client lists ({@code GET /api/v1/clients}), period close; provider-a stays silent and is deemed to confirm,
 * provider-b disputes and the city upholds its statement; approval, the ISO 20022 payment file, payments, one
 * payment returned by the bank and paid again to the corrected account; then it prints the statements, the
 * reconciliation and the summary report.
 * <p>
 * Running it again changes nothing: every create tolerates "already there", logs carry fixed provider log ids, the
 * month is remembered in the state directory ({@code deploy/.local/data/demo} for the stack), and the workflow steps
 * accept a statement already past them. On a stack used without that state it reuses the providers it finds by credit
 * code, registers elders under identity numbers not taken yet, and plays the month after the business clock's.
 * Run as a program, a step that cannot go on ends it with one line saying which and why, and exit code 1.
 * {@link #play} is also what the end-to-end test (module deploy/e2e-tests) runs.
 */
public final class DemoMonth {

    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);
    private static final int ELDERS = 300;
    private static final int CAREGIVERS_PER_PROVIDER = 10;
    private static final Map<String, Long> RATES = new LinkedHashMap<>();
    static {
        RATES.put("R02", 5000L); // limb function training, a visit
        RATES.put("R07", 1800L); // health monitoring, a visit
        RATES.put("H01", 3000L); // home cleaning, an hour
        RATES.put("H03", 5500L); // bathing, a visit
        RATES.put("H11", 3200L); // personal care, an hour
        RATES.put("M01", 1200L); // delivered lunch, a meal
        RATES.put("M06", 2000L); // feeding, a visit
        RATES.put("H14", 1200L); // safety visit
    }

    /** A provider of the demo; {@code user} is its dev-realm login, if it has one. */
    private record DemoProvider(String creditCode, String name, List<String> districts, String user) {
    }

    private static final List<DemoProvider> PROVIDERS = List.of(
            new DemoProvider("91340100MA2NHC015G", "瑶海康乐居家养老服务中心", List.of("340102", "340103"), "provider-a"),
            new DemoProvider("91340100MA2NHC023B", "蜀山颐和养老服务有限公司", List.of("340104", "340111"), "provider-b"),
            new DemoProvider("91340100MA2NHC0316", "庐阳安康助餐服务社", List.of("340103", "340104"), null),
            new DemoProvider("91340100MA2NHC04XX", "包河福寿家政服务有限公司", List.of("340111", "340102"), null));

    private final Api api = new Api();
    private final Endpoints at;
    private final Path stateDir;
    private final Map<String, String> state;
    private final Random random = new Random(2026);
    /** What the demo is doing, for the one line that says where it stopped. */
    private String step = "starting";

    private DemoMonth(Endpoints at, Path stateDir) throws IOException {
        this.at = at;
        this.stateDir = stateDir;
        Files.createDirectories(stateDir);
        Path file = stateDir.resolve("state.json");
        this.state = Files.exists(file)
                ? Api.JSON.readValue(file.toFile(), Api.JSON.getTypeFactory().constructMapType(Map.class,
                        String.class, String.class))
                : new HashMap<>();
    }

    public static void main(String[] args) {
        Path localDir = Path.of(System.getProperty("homecare.local.dir", "deploy/.local"));
        DemoMonth demo = null;
        try {
            demo = new DemoMonth(Endpoints.fromEnvironment(), localDir.resolve("data/demo"));
            MonthResult month = demo.run();
            demo.step = "reconciling";
            reconcile(month);
        } catch (IOException | RuntimeException e) {
            stop(demo == null ? "starting" : demo.step, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(demo == null ? "starting" : demo.step, e);
        }
    }

    /** One line instead of a stack trace (HOMECARE_DEMO_TRACE=1 adds it), and a failed exit. */
    private static void stop(String step, Exception e) {
        System.err.println("demo stopped while " + step + ": " + FailureLine.of(e));
        if (System.getenv("HOMECARE_DEMO_TRACE") != null) {
            e.printStackTrace();
        }
        System.exit(1);
    }

    /**
     * Plays the month on the services at {@code at}, or, if an earlier run with the same {@code stateDir} already
     * delivered it, only repeats the (idempotent) close and workflow; then reads back what the services hold.
     */
    public static MonthResult play(Endpoints at, Path stateDir) throws IOException, InterruptedException {
        return new DemoMonth(at, stateDir).run();
    }

    private MonthResult run() throws IOException, InterruptedException {
        step = "checking the stack";
        checkStackAnswers();
        String admin = token("city-admin");
        forgetStateOfAnotherStack(admin);
        YearMonth period = demoPeriod(admin);
        say("Demo month " + period + " (business date " + businessNow(admin).toLocalDate() + ")");
        say("Policy: " + api.get(at.eligibility("/api/v1/policies"), admin).expect(200).body().get("items").get(0)
                .path("name").asText("the seeded Hefei policy"));

        step = "registering providers and contracts";
        Map<String, String> providerIds = registerProviders(admin, period.minusMonths(1));
        step = "registering caregivers";
        Map<String, List<String>> caregivers = registerCaregivers(admin, providerIds);
        step = "registering elders";
        List<Elder> elders = registerElders(period);
        save();

        if (businessNow(admin).toLocalDate().isBefore(period.plusMonths(1).atDay(1))) {
            step = "waiting for the vouchers of " + period;
            waitForVouchers(admin, elders);
            step = "crediting the vouchers for " + period;
            moveClock(admin, period.atDay(1).atTime(8, 0).atOffset(SHANGHAI));
            api.post(at.voucher("/api/v1/credits/" + period), admin, Map.of()).expect(200, 201);
            say("Vouchers credited for " + period);
            step = "submitting the service logs of " + period;
            moveClock(admin, period.atDay(28).atTime(20, 0).atOffset(SHANGHAI));
            submitLogs(period, businessNow(admin).toLocalDate(), elders, caregivers);
            step = "resolving visit exceptions of " + period;
            resolveExceptions(period);
            step = "ending " + period + " after its submission window";
            // the window: logs of the month may come until 24:00 on the 5th of the next month
            moveClock(admin, period.plusMonths(1).atDay(6).atTime(9, 0).atOffset(SHANGHAI));
            JsonNode ended = api.post(at.voucher("/api/v1/month-ends/" + period), admin, Map.of()).expect(200)
                    .body();
            say("Month " + period + " ended: " + ended.get("voided").asInt() + " held log voided"
                    + " (EXCEPTION_UNRESOLVED), " + ended.get("expired").asInt() + " vouchers' leftover expired");
            step = "waiting for settlement-service to receive the logs of " + period;
            waitForSettlementToSee(admin, period, countAccepted(admin, period));
        } else {
            say("The month is over by the business clock: the logs were submitted by an earlier run");
            // an earlier run may have stopped before settlement-service had them all
            step = "waiting for settlement-service to receive the logs of " + period;
            waitForSettlementToSee(admin, period, countAccepted(admin, period));
        }
        step = "closing and settling " + period;
        MonthResult.PeriodClose close = closeAndSettle(admin, period);
        step = "reading back the results of " + period;
        printResults(admin, period);
        save();
        return new MonthResult(period, close, statementResults(admin, period),
                serviceLogs(admin, period, "ACCEPTED"), serviceLogs(admin, period, "REJECTED"), reconciliation(period));
    }

    /** Every service and Keycloak answer before anything changes, so a stopped one is named, not a failed request. */
    private void checkStackAnswers() {
        at.servicesByName().forEach((name, url) -> {
            Api.Answer ready = answerOf(name, url + "/q/health/ready");
            if (!ready.ok()) {
                throw new IllegalStateException(name + " at " + url + " is not ready (HTTP " + ready.status()
                        + " from /q/health/ready); see deploy/stack status");
            }
        });
        Api.Answer realm = answerOf("Keycloak", at.keycloak() + "/realms/homecare");
        if (!realm.ok()) {
            throw new IllegalStateException("Keycloak at " + at.keycloak() + " has no realm homecare (HTTP "
                    + realm.status() + ")");
        }
    }

    private Api.Answer answerOf(String name, String url) {
        try {
            return api.get(url);
        } catch (UncheckedIOException e) {
            throw new IllegalStateException(name + " does not answer: " + e.getMessage() + "; start the stack with "
                    + "deploy/stack up, or run the demo with the port variables the stack was started with", e);
        }
    }

    /**
     * State kept from a stack that has been reset, or from another one, names elders this stack does not know: the
     * demo then starts afresh rather than wait for their vouchers.
     */
    private void forgetStateOfAnotherStack(String admin) {
        String knownElder = state.entrySet().stream().filter(e -> e.getKey().startsWith("elder:"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (knownElder != null
                && api.get(at.eligibility("/api/v1/elders/" + knownElder), admin).expect(200, 404).status() == 404) {
            say("The demo state in " + stateDir + " is not this stack's (its elders are unknown here): "
                    + "starting afresh");
            state.clear();
        }
    }

    /**
     * The month after the one the stack is set up in: vouchers, providers and caregivers must be active before the
     * first service is delivered, as in a real city. A month remembered from an earlier run is played on, or only
     * settled again if its logs are in; a month the business clock has passed without any log (the clock moved on
     * by hand, or by another run that lost its state) gives way to the next one.
     */
    private YearMonth demoPeriod(String admin) {
        OffsetDateTime now = businessNow(admin);
        String remembered = state.get("demoPeriod");
        if (remembered != null) {
            YearMonth period = YearMonth.parse(remembered);
            if (now.toLocalDate().isBefore(period.plusMonths(1).atDay(1)) || countAccepted(admin, period) > 0) {
                return period;
            }
            say("The business clock (" + now.toLocalDate() + ") is past " + period
                    + ", which has no service logs: playing the next month");
        }
        YearMonth period = YearMonth.from(now).plusMonths(1);
        state.put("demoPeriod", period.toString());
        return period;
    }

    /** The statements must add up, to the fen, to the accepted logs voucher-service holds for the month. */
    private static void reconcile(MonthResult month) {
        long logs = month.acceptedFen();
        long statements = month.statementLinesFen();
        if (logs != statements) {
            throw new IllegalStateException("statements of " + month.period() + " total " + statements
                    + " fen without adjustments, but the " + month.acceptedLogs().size() + " accepted logs total "
                    + logs + " fen");
        }
        say("");
        say("Reconciled: " + month.acceptedLogs().size() + " accepted logs = " + logs + " fen = the statements' lines");
    }

    private List<MonthResult.Statement> statementResults(String admin, YearMonth period) {
        List<MonthResult.Statement> results = new ArrayList<>();
        for (JsonNode s : statements(admin, period)) {
            List<Long> lines = new ArrayList<>();
            s.path("lines").forEach(line -> lines.add(line.get("amountFen").asLong()));
            List<Long> adjustments = new ArrayList<>();
            s.path("adjustments").forEach(adjustment -> adjustments.add(adjustment.get("amountFen").asLong()));
            JsonNode payment = s.path("payment");
            results.add(new MonthResult.Statement(UUID.fromString(s.get("id").asText()),
                    UUID.fromString(s.get("providerId").asText()), s.path("creditCode").asText(null),
                    s.get("status").asText(), lines, s.get("linesFen").asLong(), adjustments,
                    s.get("adjustmentsFen").asLong(), s.get("totalFen").asLong(),
                    payment.isObject() ? payment.get("amountFen").asLong() : null,
                    s.path("payee").path("accountNumber").asText(null), s.path("payments").size(), steps(s)));
        }
        return results;
    }

    private static List<String> steps(JsonNode statement) {
        List<String> steps = new ArrayList<>();
        statement.path("history").forEach(step -> steps.add(step.get("action").asText()));
        return steps;
    }

    private MonthResult.Reconciled reconciliation(YearMonth period) {
        JsonNode r = api.get(at.settlement("/api/v1/periods/" + period + "/reconciliation"),
                TokenClient.forPlatform(at.keycloak()).value()).expect(200).body();
        return new MonthResult.Reconciled(r.at("/approved/count").asLong(), r.at("/approved/totalFen").asLong(),
                r.at("/paid/count").asLong(), r.at("/paid/totalFen").asLong(), r.at("/returned/count").asLong(),
                r.at("/returned/totalFen").asLong(), r.at("/outstanding/count").asLong(),
                r.at("/outstanding/totalFen").asLong());
    }

    /** Every log of the period with the status, page by page (the list is ordered by submission, then id). */
    private List<MonthResult.ServiceLog> serviceLogs(String admin, YearMonth period, String status) {
        List<MonthResult.ServiceLog> logs = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonNode answer = api.get(at.voucher("/api/v1/service-logs?status=" + status + "&size=500&period="
                    + period + "&page=" + page), admin).expect(200).body();
            for (JsonNode log : answer.get("items")) {
                List<String> reasons = new ArrayList<>();
                log.path("reasons").forEach(reason -> reasons.add(reason.asText()));
                JsonNode amount = log.path("amountFen");
                logs.add(new MonthResult.ServiceLog(UUID.fromString(log.get("id").asText()),
                        log.get("providerLogId").asText(), UUID.fromString(log.get("providerId").asText()),
                        amount.isNumber() ? amount.asLong() : null, reasons));
            }
            if ((page + 1) * 500L >= answer.get("total").asLong()) {
                return logs;
            }
        }
    }

    private OffsetDateTime businessNow(String admin) {
        return OffsetDateTime.parse(api.get(at.provider("/api/v1/admin/clock"), admin).expect(200).body().get("now")
                .asText());
    }

    // ---- providers, contracts, caregivers

    private Map<String, String> registerProviders(String admin, YearMonth period) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (DemoProvider provider : PROVIDERS) {
            ObjectNode body = Api.JSON.createObjectNode()
                    .put("creditCode", provider.creditCode()).put("name", provider.name())
                    .put("legalRepresentative", "张" + provider.creditCode().substring(15))
                    .put("address", "合肥市 " + provider.districts().get(0) + " 示范路 " + provider.creditCode().substring(16))
                    .put("phone", "0551-6" + provider.creditCode().substring(11, 17).replaceAll("[^0-9]", "1"));
            body.putArray("districtCodes").addAll(provider.districts().stream().map(Api.JSON.getNodeFactory()::textNode).toList());
            body.putArray("categories").add("REHAB").add("HOUSEKEEPING").add("MEAL");
            body.set("bankAccount", Api.JSON.valueToTree(bankAccount(provider, accountNumber(provider, false))));
            Api.Answer created = api.post(at.provider("/api/v1/providers"), admin, body).expect(201, 409);
            String id = created.status() == 201 ? created.body().get("id").asText() : findProvider(admin, provider);
            ids.put(provider.creditCode(), id);
            // a provider found again keeps the account it has (a later run may have corrected it); one without gets it
            if (api.get(at.provider("/api/v1/providers/" + id + "/bank-account"), admin).expect(200).body()
                    .path("current").isNull()) {
                api.put(at.provider("/api/v1/providers/" + id + "/bank-account"), admin,
                        bankAccount(provider, accountNumber(provider, false))).expect(200);
            }
            Api.Answer approved = api.post(at.provider("/api/v1/providers/" + id + "/approve"), admin,
                    Map.of("reason", "demo: contract awarded")).expect(200, 409);
            String status = approved.status() == 200 ? approved.body().path("status").asText()
                    : api.get(at.provider("/api/v1/providers/" + id), admin).expect(200).body().path("status").asText();
            if (!status.equals("APPROVED")) {
                throw new IllegalStateException("provider " + provider.creditCode() + " is " + status
                        + " on this stack and the demo needs it APPROVED; deploy/stack reset gives a fresh stack");
            }

            ObjectNode contract = Api.JSON.createObjectNode()
                    .put("validFrom", period.atDay(1).toString())
                    .put("validTo", period.atDay(1).plusYears(1).minusDays(1).toString());
            contract.putArray("districtCodes").addAll(provider.districts().stream().map(Api.JSON.getNodeFactory()::textNode).toList());
            var rates = contract.putArray("rates");
            RATES.forEach((item, price) -> rates.addObject().put("itemCode", item).put("unitPriceFen", price)
                    .put("effectiveFrom", period.atDay(1).toString()));
            api.post(at.provider("/api/v1/providers/" + id + "/contracts"), admin, contract).expect(201, 200, 409);
        }
        say("Providers approved with contracts: " + ids.size());
        return ids;
    }

    /** The account the city pays the provider to; {@code corrected}: after its bank returned a payment. */
    private static Map<String, Object> bankAccount(DemoProvider provider, String accountNumber) {
        return Map.of("accountName", provider.name(), "bankName", "中国工商银行合肥分行", "bankCode", "102361000018",
                "accountNumber", accountNumber);
    }

    private static String accountNumber(DemoProvider provider, boolean corrected) {
        String digits = String.format("%015d",
                Math.floorMod((long) provider.creditCode().hashCode(), 1_000_000_000_000_000L));
        return "6222" + digits.substring(0, 14) + (corrected ? "9" : "0");
    }

    /** A provider registered before (by an earlier run, or by hand), found by its credit code. */
    private String findProvider(String admin, DemoProvider provider) {
        for (int page = 0;; page++) {
            JsonNode answer = api.get(at.provider("/api/v1/providers?size=500&page=" + page), admin).expect(200)
                    .body();
            for (JsonNode p : answer.get("items")) {
                if (provider.creditCode().equals(p.get("creditCode").asText())) {
                    return p.get("id").asText();
                }
            }
            if ((page + 1) * 500L >= answer.get("total").asLong()) {
                throw new IllegalStateException("provider-service answers that credit code " + provider.creditCode()
                        + " is taken, but lists no provider with it");
            }
        }
    }

    private Map<String, List<String>> registerCaregivers(String admin, Map<String, String> providerIds) {
        Map<String, List<String>> byProvider = new HashMap<>();
        int n = 0;
        for (DemoProvider provider : PROVIDERS) {
            String providerId = providerIds.get(provider.creditCode());
            for (int i = 0; i < CAREGIVERS_PER_PROVIDER; i++, n++) {
                String idNumber = idNumber("340104", LocalDate.of(1975 + n % 20, 1 + n % 12, 1 + n % 28), 500 + n);
                api.post(at.provider("/api/v1/providers/" + providerId + "/caregivers"), admin,
                        Map.of("idNumber", idNumber, "name", "护理员" + (n + 1), "certificationLevel", 2))
                        .expect(201, 409);
            }
            List<String> ids = new ArrayList<>();
            for (JsonNode c : api.get(at.provider("/api/v1/providers/" + providerId
                    + "/caregivers?status=ACTIVE&size=500"), admin).expect(200).body().get("items")) {
                ids.add(c.get("id").asText());
            }
            if (ids.size() < 4) {
                throw new IllegalStateException("provider " + provider.creditCode() + " has " + ids.size()
                        + " active caregivers on this stack and the demo needs at least 4");
            }
            byProvider.put(provider.creditCode(), ids);
        }
        say("Caregivers registered: " + n);
        return byProvider;
    }

    // ---- elders and vouchers

    private record Elder(String id, String district, boolean expectEligible, double[] home) {
    }

    /** Elder i's home as the caseworker records it: a grid some 400 m apart over the city's centre. */
    private static double[] homeOf(int i) {
        return new double[] { 31.80 + (i % 20) * 0.004, 117.20 + (i / 20) * 0.004 };
    }

    /** The home of the elder whose card a log names, by card number. */
    private final Map<String, double[]> homeOfCard = new HashMap<>();

    /**
     * The demo's elders, registered once: their ids are in the state. An identity number taken on this stack but not
     * in the state (the state was lost) starts the next series of numbers, so the month always has all its elders.
     */
    private List<Elder> registerElders(YearMonth period) {
        for (int series = Integer.parseInt(state.getOrDefault("elderSeries", "0")); series < 20; series++) {
            List<Elder> elders = registerElders(period, series);
            if (elders != null) {
                state.put("elderSeries", String.valueOf(series));
                say("Elders registered: " + elders.size() + " (" + elders.stream().filter(Elder::expectEligible)
                        .count() + " meet the Hefei policy)");
                return elders;
            }
            say("Elders of series " + series + " are registered on this stack but not in " + stateDir
                    + ": registering series " + (series + 1));
        }
        throw new IllegalStateException("20 series of demo elders are registered on this stack without their ids in "
                + stateDir + "; deploy/stack reset gives a fresh stack");
    }

    /** @return null if one of the series' identity numbers is taken but not in the state */
    private List<Elder> registerElders(YearMonth period, int series) {
        String caseworker = token("caseworker");
        String[] districts = { "340102", "340103", "340104", "340111" };
        List<Elder> elders = new ArrayList<>();
        int year = period.getYear();
        for (int i = 0; i < ELDERS; i++) {
            String district = districts[i % districts.length];
            // most qualify (70+ on DIBAO, 70+ childless, 90+); some do not (65 with family, 72 empty-nest)
            int kind = i % 10;
            int age = switch (kind) {
                case 7 -> 91;
                case 8 -> 65;
                case 9 -> 72;
                default -> 70 + i % 18;
            };
            String income = kind < 4 ? "DIBAO" : "NONE";
            String living = switch (kind) {
                case 4, 5, 6 -> "CHILDLESS";
                case 8 -> "WITH_FAMILY";
                case 9 -> "EMPTY_NEST";
                default -> "ALONE";
            };
            boolean eligible = kind != 8 && kind != 9;
            // series 0 keeps the numbers of the first demo; later ones differ in the birth day and the sequence
            String idNumber = idNumber(district, LocalDate.of(year - age - 1, 1 + i % 12, 1 + (i + series) % 28),
                    i + ELDERS * series);
            String key = "elder:" + idNumber;
            String id = state.get(key);
            if (id == null) {
                ObjectNode body = Api.JSON.createObjectNode().put("idNumber", idNumber).put("name", "长者" + (i + 1))
                        .put("phone", "139" + String.format("%08d", 55_000_000 + i)).put("districtCode", district)
                        .put("street", "示范街道 " + (i % 7 + 1) + " 号").put("localHukou", true)
                        .put("livingArrangement", living).put("incomeStatus", income)
                        .put("homeLatitude", homeOf(i)[0]).put("homeLongitude", homeOf(i)[1]);
                Api.Answer created = api.post(at.eligibility("/api/v1/elders"), caseworker, body).expect(201, 409);
                if (created.status() == 409) {
                    return null;
                }
                id = created.body().get("id").asText();
                state.put(key, id);
            }
            elders.add(new Elder(id, district, eligible, homeOf(i)));
        }
        return elders;
    }

    /** The number on each elder's voucher card, as the city hands the cards out: what an elder shows a caregiver. */
    private final Map<String, String> cardOfElder = new HashMap<>();

    private void waitForVouchers(String admin, List<Elder> elders) throws InterruptedException {
        List<Elder> eligible = elders.stream().filter(Elder::expectEligible).toList();
        awaitTrue("vouchers for every eligible elder", Duration.ofSeconds(180), () -> {
            for (Elder elder : eligible) {
                if (!cardOfElder.containsKey(elder.id())) {
                    JsonNode items = api.get(at.voucher("/api/v1/vouchers?elderId=" + elder.id()), admin).expect(200)
                            .body().get("items");
                    if (items.isEmpty()) {
                        return false;
                    }
                    cardOfElder.put(elder.id(), items.get(0).get("cardNumber").asText());
                    homeOfCard.put(items.get(0).get("cardNumber").asText(), elder.home());
                }
            }
            return true;
        });
        say("Vouchers issued and credited: " + cardOfElder.size());
    }

    /**
     * The provider's client list as its back office fetches it ({@code GET /api/v1/clients}, page by page): its
     * clients by card number, each with the categories the voucher may be spent on.
     */
    private Map<String, JsonNode> clientsOf(String token) {
        Map<String, JsonNode> clients = new LinkedHashMap<>();
        for (int page = 0;; page++) {
            JsonNode answer = api.get(at.voucher("/api/v1/clients?size=500&page=" + page), token).expect(200).body();
            answer.get("items").forEach(client -> clients.put(client.get("cardNumber").asText(), client));
            if ((page + 1) * 500L >= answer.get("total").asLong()) {
                return clients;
            }
        }
    }

    // ---- service logs

    private void submitLogs(YearMonth period, LocalDate today, List<Elder> elders,
            Map<String, List<String>> caregivers) {
        LocalDate lastDay = today.isAfter(period.atDay(1)) ? today.minusDays(1) : period.atDay(1);
        int days = lastDay.getDayOfMonth();
        for (DemoProvider provider : PROVIDERS.stream().filter(p -> p.user() != null).toList()) {
            String token = token(provider.user());
            List<String> own = caregivers.get(provider.creditCode());
            Map<String, JsonNode> clients = clientsOf(token);
            checkClients(provider, elders, clients);
            List<ObjectNode> logs = new ArrayList<>();
            int slot = 0;
            // the month's elders in the order they were registered: the provider visits those that are its clients
            for (Elder elder : elders) {
                String card = cardOfElder.get(elder.id());
                JsonNode client = card == null ? null : clients.get(card);
                if (client == null) {
                    continue;
                }
                int visits = 3 + random.nextInt(3);
                // An elder's visits fall in the same hour (consecutive slots, different caregivers), so each is a
                // different item: the same item at the same time would be a DUPLICATE_SERVICE rejection. Only items
                // of the categories the voucher covers are planned.
                List<String> items = new ArrayList<>(RATES.keySet());
                Collections.shuffle(items, random);
                items.removeIf(item -> !covers(client, item));
                for (int v = 0; v < Math.min(visits, items.size()); v++, slot++) {
                    String item = items.get(v);
                    // each caregiver works one slot per hour from 08:00 to 15:00, day after day
                    int perCaregiver = slot / own.size();
                    LocalDate day = period.atDay(1 + (perCaregiver / 8) % days);
                    OffsetDateTime start = day.atTime(8 + perCaregiver % 8, 0).atOffset(SHANGHAI);
                    logs.add(log(provider, "demo-" + period + "-" + logs.size(), card, own.get(slot % own.size()),
                            item, start, 1));
                }
            }
            logs.addAll(realisticMistakes(provider, period, today, elders, caregivers, own, clients));
            logs.addAll(visitsAway(provider, period, own, clients));
            int accepted = 0;
            int rejected = 0;
            for (int from = 0; from < logs.size(); from += 100) {
                JsonNode result = api.post(at.voucher("/api/v1/service-logs/batch"), token,
                        Map.of("logs", logs.subList(from, Math.min(logs.size(), from + 100)))).expect(200).body();
                accepted += result.get("accepted").asInt();
                rejected += result.get("rejected").asInt();
            }
            say(provider.user() + ": " + logs.size() + " service logs submitted, " + accepted + " accepted, "
                    + rejected + " rejected");
            visitConfirmedByCode(provider, token, period, today, own, clients);
        }
    }

    /**
     * A provider's client list holds the vouchers it may serve: every elder of the month with a voucher in one of
     * its contract districts. One missing would be logged against a voucher the provider cannot see.
     */
    private void checkClients(DemoProvider provider, List<Elder> elders, Map<String, JsonNode> clients) {
        long missing = elders.stream().filter(e -> cardOfElder.containsKey(e.id())
                && provider.districts().contains(e.district()) && !clients.containsKey(cardOfElder.get(e.id())))
                .count();
        if (missing > 0) {
            throw new IllegalStateException("GET /api/v1/clients of " + provider.user() + " lacks " + missing
                    + " vouchers of its districts " + provider.districts());
        }
    }

    /** Whether the client's voucher may be spent on the item: R rehabilitation, H housekeeping, M meals. */
    private static boolean covers(JsonNode client, String item) {
        String category = switch (item.charAt(0)) {
            case 'R' -> "REHAB";
            case 'H' -> "HOUSEKEEPING";
            default -> "MEAL";
        };
        for (JsonNode covered : client.path("categories")) {
            if (covered.asText().equals(category)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two visits logged 3 km from the elder's home, which voucher-service holds as LOCATION_MISMATCH exceptions: the
     * provider explains the first ({@link #resolveExceptions}); the second it leaves, and it is voided when the
     * month's submission window ends, never paid.
     */
    private List<ObjectNode> visitsAway(DemoProvider provider, YearMonth period, List<String> own,
            Map<String, JsonNode> clients) {
        String prefix = "demo-" + period + "-away-";
        List<String> cards = clients.keySet().stream().filter(card -> covers(clients.get(card), "R07")).toList();
        OffsetDateTime evening = period.atDay(2).atTime(18, 0).atOffset(SHANGHAI);
        return List.of(
                log(provider, prefix + "resolved", cards.get(0), own.get(4), "R07", evening, 1, 0.03),
                log(provider, prefix + "unresolved", cards.get(1), own.get(5), "R07", evening, 1, 0.03));
    }

    /**
     * One visit this evening confirmed the SMS way: the provider has a one-time code texted to the elder
     * ({@code POST /vouchers/{id}/visit-codes}), the elder reads it back to the caregiver, and the log carries it.
     * On the local stack the text is recorded, and city-admin reads the code from {@code GET /admin/messages}, as the
     * elder would from the phone.
     */
    private void visitConfirmedByCode(DemoProvider provider, String token, YearMonth period, LocalDate today,
            List<String> own, Map<String, JsonNode> clients) {
        JsonNode client = clients.values().stream().filter(c -> covers(c, "R07")).skip(2).findFirst().orElseThrow();
        OffsetDateTime start = today.atTime(18, 30).atOffset(SHANGHAI);
        String voucherId = client.get("voucherId").asText();
        api.post(at.voucher("/api/v1/vouchers/" + voucherId + "/visit-codes"), token,
                Map.of("validFrom", start.minusMinutes(30).toInstant().toString(),
                        "validUntil", start.plusHours(3).toInstant().toString()))
                .expect(201);
        String code = api.get(at.voucher("/api/v1/admin/messages?voucherId=" + voucherId), token("city-admin"))
                .expect(200).body().get(0).get("code").asText();
        ObjectNode log = log(provider, "demo-" + period + "-sms-code", client.get("cardNumber").asText(), own.get(6),
                "R07", start, 1).put("confirmation", "SMS_CODE").put("confirmationRef", code);
        JsonNode answer = api.post(at.voucher("/api/v1/service-logs"), token, log).expect(201, 200).body();
        if (answer.get("held").asBoolean()) {
            throw new IllegalStateException("the visit confirmed by SMS code was held: " + answer.get("exceptions"));
        }
        say(provider.user() + ": a visit confirmed by the SMS code the elder read back, verified");
    }

    /** Each provider explains the visit it logged away from home: it accompanied the elder to hospital. */
    private void resolveExceptions(YearMonth period) {
        for (DemoProvider provider : PROVIDERS.stream().filter(p -> p.user() != null).toList()) {
            String token = token(provider.user());
            JsonNode open = api.get(at.voucher("/api/v1/visit-exceptions?status=OPEN&size=500&period=" + period),
                    token).expect(200).body().get("items");
            String resolvedLog = null;
            for (JsonNode log : serviceLogsOf(token, period, "-away-resolved")) {
                resolvedLog = log.get("id").asText();
            }
            for (JsonNode exception : open) {
                if (exception.get("serviceLogId").asText().equals(resolvedLog)) {
                    api.post(at.voucher("/api/v1/visit-exceptions/" + exception.get("id").asText() + "/resolution"),
                            token, Map.of("reasonCode", "SERVICE_AWAY_FROM_HOME",
                                    "note", "陪同老人就医 (accompanied the elder to hospital)")).expect(200);
                }
            }
            say(provider.user() + ": " + open.size() + " visit exceptions were open; one resolved"
                    + " (SERVICE_AWAY_FROM_HOME), one left open");
        }
    }

    /** The provider's own logs of the period whose providerLogId ends with the suffix. */
    private List<JsonNode> serviceLogsOf(String token, YearMonth period, String suffix) {
        List<JsonNode> found = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonNode answer = api.get(at.voucher("/api/v1/service-logs?size=500&period=" + period + "&page=" + page),
                    token).expect(200).body();
            answer.get("items").forEach(log -> {
                if (log.get("providerLogId").asText().endsWith(suffix)) {
                    found.add(log);
                }
            });
            if ((page + 1) * 500L >= answer.get("total").asLong()) {
                return found;
            }
        }
    }

    /** Logs a careless back office sends: each is rejected with the reason its providerLogId names. */
    private List<ObjectNode> realisticMistakes(DemoProvider provider, YearMonth period, LocalDate today,
            List<Elder> elders, Map<String, List<String>> caregivers, List<String> own,
            Map<String, JsonNode> clients) {
        String prefix = "demo-" + period + "-mistake-";
        String card = elders.stream().map(e -> cardOfElder.get(e.id())).filter(clients::containsKey).findFirst()
                .orElseThrow();
        // the card of an elder the provider does not serve, typed in by mistake: a voucher of another district, which
        // voucher-service answers as a number it does not know (card numbers must not tell who exists elsewhere)
        String notAClient = elders.stream().filter(e -> cardOfElder.containsKey(e.id())
                && !provider.districts().contains(e.district())).map(e -> cardOfElder.get(e.id())).findFirst()
                .orElseThrow();
        String otherCaregiver = caregivers.entrySet().stream().filter(e -> !e.getKey().equals(provider.creditCode()))
                .findFirst().orElseThrow().getValue().get(0);
        OffsetDateTime morning = period.atDay(1).atTime(7, 0).atOffset(SHANGHAI);
        return List.of(
                log(provider, prefix + "caregiver-of-another-provider", card, otherCaregiver, "R07", morning, 1),
                log(provider, prefix + "item-not-in-contract", card, own.get(0), "R11", morning.plusMinutes(1), 1),
                log(provider, prefix + "card-outside-its-districts", notAClient, own.get(1), "R07", morning, 1),
                // later today, after the business clock: still in the month (the 29th is March in some Februaries)
                log(provider, prefix + "in-future", card, own.get(2), "R07",
                        today.atTime(22, 0).atOffset(SHANGHAI), 1),
                log(provider, prefix + "over-balance", card, own.get(3), "H11", morning.plusHours(12), 20));
    }

    /**
     * A log as the back office sends it: the voucher named by the number on the elder's card, logged where the
     * caregiver's phone had its fix, within some 30 m of the elder's home.
     */
    private ObjectNode log(DemoProvider provider, String providerLogId, String cardNumber, String caregiverId,
            String item, OffsetDateTime start, int units) {
        return log(provider, providerLogId, cardNumber, caregiverId, item, start, units, 0);
    }

    /** @param awayDegrees how far north of the home the visit was logged (0.03: some 3 km) */
    private ObjectNode log(DemoProvider provider, String providerLogId, String cardNumber, String caregiverId,
            String item, OffsetDateTime start, int units, double awayDegrees) {
        double[] home = homeOfCard.getOrDefault(cardNumber, new double[] { 31.86, 117.28 });
        int minutes = item.startsWith("M0") && !item.equals("M06") ? 15 : item.equals("H01") || item.equals("H11")
                ? 60 * units : 45;
        return Api.JSON.createObjectNode().put("providerLogId", providerLogId).put("voucherNumber", cardNumber)
                .put("caregiverId", caregiverId).put("itemCode", item).put("startTime", start.toString())
                .put("endTime", start.plusMinutes(minutes).toString()).put("units", units)
                .put("latitude", home[0] + awayDegrees + (random.nextInt(5) - 2) / 10_000.0)
                .put("longitude", home[1] + (random.nextInt(5) - 2) / 10_000.0)
                .put("confirmation", "SIGNATURE").put("confirmationRef", "sig-" + providerLogId);
    }

    private int countAccepted(String admin, YearMonth period) {
        return api.get(at.voucher("/api/v1/service-logs?status=ACCEPTED&size=1&period=" + period), admin).expect(200)
                .body().get("total").asInt();
    }

    private void waitForSettlementToSee(String admin, YearMonth period, int accepted) throws InterruptedException {
        awaitTrue("settlement-service to receive all " + accepted + " accepted logs", Duration.ofSeconds(120),
                () -> visits(api.get(at.settlement("/api/v1/reports/summary?period=" + period), admin).expect(200)
                        .body()) >= accepted);
    }

    /** The summary report has one row: {@code {columns: [...], items: [{visits: ...}]}}. */
    private static long visits(JsonNode summary) {
        return summary.get("items").get(0).get("visits").asLong();
    }

    // ---- close, workflow, payment

    private void moveClock(String admin, OffsetDateTime target) {
        if (!businessNow(admin).isBefore(target)) {
            return;
        }
        for (String service : at.services()) {
            api.put(service + "/api/v1/admin/clock", admin, Map.of("now", target.toString())).expect(200, 409);
        }
        say("Business clock moved to " + target + " on all four services");
    }

    private MonthResult.PeriodClose closeAndSettle(String admin, YearMonth period) throws InterruptedException {
        JsonNode closed = api.post(at.settlement("/api/v1/periods/" + period + "/close"), admin, Map.of())
                .expect(200, 201, 202).body();
        awaitTrue("statements of " + period, Duration.ofSeconds(60),
                () -> !statements(admin, period).isEmpty());
        disputeAndUphold(admin, period);
        deemedConfirmation(admin, period);
        for (JsonNode statement : statements(admin, period)) {
            if (statement.get("status").asText().equals("CONFIRMED")) {
                api.post(at.settlement("/api/v1/statements/" + statement.get("id").asText() + "/approve"), admin,
                        Map.of()).expect(200, 409);
            }
        }
        String platform = TokenClient.forPlatform(at.keycloak()).value();
        printPaymentFile(platform, period);
        int paid = payInstructions(platform, period, "");
        returnAndPayAgain(admin, platform, period);
        say("Period " + period + " closed; statements confirmed (one deemed), disputed and upheld, approved; " + paid
                + " payments recorded by the settlement platform");
        printReconciliation(platform, period);
        return new MonthResult.PeriodClose(closed.get("status").asText(), closed.get("alreadyClosed").asBoolean(),
                closed.get("statementCount").asInt(), closed.get("totalFen").asLong());
    }

    /** provider-b disputes its statement; the city looks into it and upholds it as it stands. */
    private void disputeAndUphold(String admin, YearMonth period) {
        String token = token("provider-b");
        for (JsonNode statement : statements(token, period)) {
            String id = statement.get("id").asText();
            api.post(at.settlement("/api/v1/statements/" + id + "/dispute"), token,
                    Map.of("reason", "two visits on the 3rd are missing")).expect(200, 409);
            api.post(at.settlement("/api/v1/statements/" + id + "/resolve"), admin, Map.of("outcome", "UPHELD",
                    "note", "the visits on the 3rd were logged on the 4th", "adjustments", List.of()))
                    .expect(200, 409);
        }
        say("provider-b disputed its statement; the city upheld it");
    }

    /**
     * provider-a says nothing: once the confirmation days after the close have passed by the business clock,
     * settlement-service's job takes its silence as confirmation.
     */
    private void deemedConfirmation(String admin, YearMonth period) throws InterruptedException {
        // closed on the 6th (after the submission window): the 10 confirmation days have passed on the 17th
        moveClock(admin, period.plusMonths(1).atDay(17).atTime(9, 0).atOffset(SHANGHAI));
        awaitTrue("the silent provider's statement to be deemed confirmed", Duration.ofSeconds(90),
                () -> statements(admin, period).stream().noneMatch(s -> s.get("status").asText().equals("CLOSED")));
        say("provider-a did not answer within the confirmation days: its statement is deemed confirmed");
    }

    private void printPaymentFile(String platform, YearMonth period) {
        Api.Answer file = api.getText(at.settlement("/api/v1/periods/" + period + "/payment-instructions.xml"),
                platform, "application/xml");
        if (file.status() == 200) {
            String xml = file.body().asText();
            say("ISO 20022 pain.001.001.09 for the bank: message " + element(xml, "MsgId") + ", "
                    + element(xml, "NbOfTxs") + " transfers, " + element(xml, "CtrlSum") + " CNY");
        } else {
            say("No payment file for " + period + ": nothing payable now (HTTP " + file.status() + ")");
        }
    }

    private static String element(String xml, String name) {
        int start = xml.indexOf("<" + name + ">");
        return start < 0 ? "?" : xml.substring(start + name.length() + 2, xml.indexOf("</" + name + ">", start));
    }

    /** Pays every instruction that can be paid now; {@code attempt} tells a second payment's reference apart. */
    private int payInstructions(String platform, YearMonth period, String attempt) {
        JsonNode instructions = api.get(at.settlement("/api/v1/periods/" + period
                + "/payment-instructions?size=500"), platform).expect(200).body();
        int paid = 0;
        for (JsonNode instruction : instructions.path("items")) {
            if (!instruction.path("payeeStatus").asText().equals("OK")) {
                continue;
            }
            String statementId = instruction.get("statementId").asText();
            api.post(at.settlement("/api/v1/statements/" + statementId + "/payments"), platform, Map.of(
                    "amountFen", instruction.get("amountFen").asLong(),
                    "bankReference", "DEMO-" + period + "-" + statementId.substring(0, 8) + attempt,
                    "paidOn", period.plusMonths(1).atDay(17).toString())).expect(200, 201, 409);
            paid++;
        }
        return paid;
    }

    /**
     * The bank returns provider-b's payment (AC01, a mistyped account number); the city records the right account,
     * approves the statement again to it, and the platform pays again. Done once: a statement whose payment was
     * returned before is left as it is.
     */
    private void returnAndPayAgain(String admin, String platform, YearMonth period) throws InterruptedException {
        DemoProvider provider = PROVIDERS.get(1);
        JsonNode statement = statements(token(provider.user()), period).stream().findFirst().orElse(null);
        if (statement == null || !statement.get("status").asText().equals("PAID")
                || statement.path("payments").findValues("returned").stream().anyMatch(JsonNode::isObject)) {
            return;
        }
        String id = statement.get("id").asText();
        JsonNode payment = statement.get("payment");
        api.post(at.settlement("/api/v1/statements/" + id + "/payment-returns"), platform, Map.of(
                "bankReference", payment.get("bankReference").asText(),
                "returnedOn", businessNow(admin).toLocalDate().toString(), "reasonCode", "AC01",
                "reason", "incorrect account number")).expect(200);
        say("The bank returned the payment to " + provider.name() + " (AC01, incorrect account number)");
        String providerId = findProvider(admin, provider);
        api.put(at.provider("/api/v1/providers/" + providerId + "/bank-account"), admin,
                bankAccount(provider, accountNumber(provider, true))).expect(200);
        awaitTrue("settlement-service to see the corrected account", Duration.ofSeconds(60),
                () -> api.get(at.settlement("/api/v1/statements/" + id), admin).expect(200).body()
                        .path("payeeStatus").asText().equals("PAYEE_CHANGED_SINCE_APPROVAL"));
        api.post(at.settlement("/api/v1/statements/" + id + "/approve"), admin, Map.of()).expect(200);
        payInstructions(platform, period, "-2");
        say("The city recorded the right account and approved the statement again; the platform paid it again");
    }

    private void printReconciliation(String platform, YearMonth period) {
        JsonNode r = api.get(at.settlement("/api/v1/periods/" + period + "/reconciliation"), platform).expect(200)
                .body();
        say(String.format("Reconciliation of %s: approved %d = %.2f CNY; paid %d = %.2f CNY; returned %d = %.2f CNY;"
                + " outstanding %d = %.2f CNY", period, r.at("/approved/count").asLong(),
                r.at("/approved/totalFen").asLong() / 100.0, r.at("/paid/count").asLong(),
                r.at("/paid/totalFen").asLong() / 100.0, r.at("/returned/count").asLong(),
                r.at("/returned/totalFen").asLong() / 100.0, r.at("/outstanding/count").asLong(),
                r.at("/outstanding/totalFen").asLong() / 100.0));
    }

    private List<JsonNode> statements(String token, YearMonth period) {
        List<JsonNode> list = new ArrayList<>();
        api.get(at.settlement("/api/v1/periods/" + period + "/statements?size=500"), token).expect(200).body()
                .path("items").forEach(list::add);
        return list;
    }

    private void printResults(String admin, YearMonth period) {
        say("");
        say("Statements of " + period + ":");
        for (JsonNode s : statements(admin, period)) {
            say(String.format("  %s  provider %s  %-9s  lines %2d  adjustments %8.2f CNY  total %10.2f CNY",
                    s.get("id").asText().substring(0, 8), s.get("providerId").asText().substring(0, 8),
                    s.get("status").asText(), s.path("lines").size(), s.path("adjustmentsFen").asLong() / 100.0,
                    s.get("totalFen").asLong() / 100.0));
        }
        say("");
        say("Summary report of " + period + ":");
        say("  " + api.get(at.settlement("/api/v1/reports/summary?period=" + period), admin).expect(200).body());
    }

    // ---- small things

    private static String idNumber(String area, LocalDate birth, int sequence) {
        String first17 = area + birth.toString().replace("-", "") + String.format("%03d", sequence % 1000);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private final Map<String, String> tokens = new HashMap<>();

    private String token(String user) {
        return tokens.computeIfAbsent(user, u -> TokenClient.forUser(at.keycloak(), u, u).value());
    }

    private static void awaitTrue(String what, Duration timeout, Supplier<Boolean> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting for " + what + " after " + timeout.toSeconds() + " s");
            }
            Thread.sleep(1000);
        }
    }

    private void save() throws IOException {
        Api.JSON.writerWithDefaultPrettyPrinter().writeValue(stateDir.resolve("state.json").toFile(), state);
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
