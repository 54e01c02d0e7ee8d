package org.homecare.voucher.messaging;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.homecare.voucher.service.MessageNotSentException;
import org.homecare.voucher.service.MessageSender;
import org.homecare.voucher.service.OutgoingMessage;
import org.homecare.voucher.service.VoucherSettings;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Prod's sender: POSTs {@code {"to": phone, "text": text}} to the SMS gateway with its bearer token and waits at most
 * the configured timeout. Anything but a 2xx is a text not sent. Logs name the voucher, never the phone or the text
 * (which carries the code).
 */
@Singleton
@Typed(HttpMessageSender.class)
public class HttpMessageSender implements MessageSender {

    private static final Logger LOG = Logger.getLogger(HttpMessageSender.class);

    /** What the gateway reads. */
    record GatewayRequest(String to, String text) {
    }

    private final URI gateway;
    private final Optional<String> token;
    private final Duration timeout;
    private final ObjectMapper json;
    private final HttpClient client;

    @Inject
    public HttpMessageSender(VoucherSettings settings, ObjectMapper json) {
        this(settings.messages(), json);
    }

    public HttpMessageSender(VoucherSettings.Messages settings, ObjectMapper json) {
        this.gateway = settings.gatewayUrl().orElseThrow(() -> new IllegalStateException(
                "homecare.voucher.messages.gateway-url is required with homecare.voucher.messages.sender=http"));
        this.token = settings.gatewayToken().filter(t -> !t.isBlank());
        this.timeout = settings.timeout();
        this.json = json;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    @Override
    public void send(OutgoingMessage message) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(message), StandardCharsets.UTF_8));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        int status;
        try {
            status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            // the class only: the message of a failed request may quote what was sent
            LOG.warnf("message gateway not reached for voucher %s (%s)", message.voucherId(), e.getClass().getName());
            throw new MessageNotSentException("the message gateway was not reached: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessageNotSentException("interrupted while sending to the message gateway");
        }
        if (status < 200 || status > 299) {
            LOG.warnf("message gateway answered %d for voucher %s", status, message.voucherId());
            throw new MessageNotSentException("the message gateway answered " + status);
        }
    }

    private String body(OutgoingMessage message) {
        try {
            return json.writeValueAsString(new GatewayRequest(message.to(), message.text()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a phone and a text are always JSON", e);
        }
    }
}
