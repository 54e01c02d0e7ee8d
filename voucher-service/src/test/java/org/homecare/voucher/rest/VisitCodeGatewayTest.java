package org.homecare.voucher.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.homecare.voucher.support.TestWorld.PROVIDER_A;
import static org.homecare.voucher.support.VisitCodeRequests.issue;
import static org.homecare.voucher.support.VisitCodeRequests.window;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.ProviderEvents.Rate;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.voucher.domain.VisitCode;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.support.TestWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Prod's sender: the service configured as in prod (sender http, messages not readable) against an SMS gateway this
 * test runs on a local port, which answers what each test tells it to.
 */
@QuarkusTest
@TestProfile(VisitCodeGatewayTest.ProdSender.class)
@WithTestResource(RealComponentsTestResource.class)
class VisitCodeGatewayTest {

    static final String PORT_PROPERTY = "homecare.test.message-gateway-port";
    static final String TOKEN = "test-gateway-token";
    static final String LUJIANG = "340124";
    static final String PHONE = "13812345678";
    static final Pattern CODE = Pattern.compile("核验码为 ([0-9]{6})，");

    /** sender http with a gateway on a free local port, a short timeout, and no readable texts. */
    public static class ProdSender implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the profiled names too: a %test value in application.properties would win over a plain one
            return Map.of("homecare.voucher.messages.sender", "http",
                    "%test.homecare.voucher.messages.sender", "http",
                    "homecare.voucher.messages.readable", "false",
                    "%test.homecare.voucher.messages.readable", "false",
                    "homecare.voucher.messages.gateway-url", "http://127.0.0.1:" + gatewayPort() + "/sms",
                    "homecare.voucher.messages.gateway-token", TOKEN,
                    "homecare.voucher.messages.timeout", "1s");
        }
    }

    /** What the gateway received. */
    record Received(String method, String path, String authorization, String contentType, String body) {
    }

    static final ConcurrentLinkedQueue<Received> RECEIVED = new ConcurrentLinkedQueue<>();
    static volatile int answerStatus = 200;
    static volatile long answerDelayMillis;
    static HttpServer gateway;
    static ExecutorService gatewayThreads;

    @Inject
    BusinessClock clock;

    @Inject
    EntityManager entityManager;

    Voucher voucher;

    /** Chosen once per JVM (the profile's class may be loaded more than once); a system property crosses loaders. */
    static synchronized int gatewayPort() {
        String port = System.getProperty(PORT_PROPERTY);
        if (port == null) {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = String.valueOf(socket.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty(PORT_PROPERTY, port);
        }
        return Integer.parseInt(port);
    }

    @BeforeAll
    static void startGateway() throws IOException {
        gatewayThreads = Executors.newCachedThreadPool();
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", gatewayPort()), 0);
        gateway.setExecutor(gatewayThreads);
        gateway.createContext("/", VisitCodeGatewayTest::answer);
        gateway.start();
    }

    @AfterAll
    static void stopGateway() {
        gateway.stop(0);
        gatewayThreads.shutdownNow();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        RECEIVED.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body));
        try {
            Thread.sleep(answerDelayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.sendResponseHeaders(answerStatus, -1);
        exchange.close();
    }

    @BeforeEach
    void world() {
        RECEIVED.clear();
        answerStatus = 200;
        answerDelayMillis = 0;
        TestWorld.providersApproved();
        LocalDate today = clock.today();
        TestWorld.contract(PROVIDER_A, List.of(LUJIANG), today.minusDays(90), today.plusDays(365),
                List.of(new Rate(TestWorld.newItemCode(), "REHAB", "VISIT", 5_000, today.minusDays(90))));
        voucher = TestWorld.withContactPhone(TestWorld.voucher(LUJIANG, 60_000, List.of("REHAB")), PHONE);
    }

    @Test
    void the_gateway_gets_the_phone_and_the_text_with_its_bearer_token() throws Exception {
        Instant from = clock.instant();
        String id = issue("provider-a", voucher.id(), window(from, from.plus(Duration.ofHours(2)))).then()
                .statusCode(201).body("sentTo", equalTo("138****5678")).extract().path("id");

        assertThat(RECEIVED).hasSize(1);
        Received received = RECEIVED.peek();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.path()).isEqualTo("/sms");
        assertThat(received.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(received.contentType()).startsWith("application/json");
        JsonNode body = new ObjectMapper().readTree(received.body());
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("to", "text");
        assertThat(body.get("to").asText()).isEqualTo(PHONE);
        Matcher code = CODE.matcher(body.get("text").asText());
        assertThat(code.find()).as(body.get("text").asText()).isTrue();

        assertThat(hashOfCode(id)).isEqualTo(VisitCode.hashOf(voucher.id(), code.group(1)));
        assertThat(count("select count(*) from sent_message where voucher_id = ?1")).as("nothing recorded").isZero();
    }

    @Test
    void a_gateway_that_fails_is_a_503_problem_and_no_code_is_issued() {
        answerStatus = 500;
        Instant from = clock.instant();

        issue("provider-a", voucher.id(), window(from, from.plus(Duration.ofHours(2)))).then()
                .statusCode(503).contentType("application/problem+json")
                .body("code", equalTo("MESSAGE_GATEWAY_UNAVAILABLE"));

        assertThat(RECEIVED).hasSize(1);
        assertThat(count("select count(*) from visit_code where voucher_id = ?1")).isZero();
        assertThat(count("select count(*) from audit_record where object_type = 'VisitCode'"
                + " and after_state like '%' || cast(?1 as text) || '%'")).isZero();
    }

    @Test
    void a_gateway_that_does_not_answer_in_time_is_a_503_problem_and_no_code_is_issued() {
        answerDelayMillis = 3_000;
        Instant from = clock.instant();

        issue("provider-a", voucher.id(), window(from, from.plus(Duration.ofHours(2)))).then()
                .statusCode(503).contentType("application/problem+json")
                .body("code", equalTo("MESSAGE_GATEWAY_UNAVAILABLE"));

        assertThat(count("select count(*) from visit_code where voucher_id = ?1")).isZero();
    }

    @Test
    void texts_are_not_readable_where_they_are_sent() {
        given().auth().oauth2(Tokens.forUser("city-admin")).queryParam("voucherId", voucher.id().toString())
                .get("/api/v1/admin/messages").then().statusCode(404).contentType("application/problem+json");
    }

    private String hashOfCode(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select code_hash from visit_code where id = cast(?1 as uuid)")
                .setParameter(1, id).getSingleResult());
    }

    private long count(String sql) {
        UUID voucherId = voucher.id();
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, voucherId).getSingleResult()).longValue());
    }
}
