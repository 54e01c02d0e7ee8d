package org.homecare.voucher.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.homecare.voucher.messaging.HttpMessageSender;

import io.quarkus.runtime.Startup;

/**
 * The one {@link MessageSender}, chosen by {@code homecare.voucher.messages.sender}: the gateway (prod's default) or
 * the recording sender. Made at startup, so a prod configuration without a gateway URL stops the service there and
 * not at the first elder's code.
 */
@ApplicationScoped
public class MessageSenders {

    @Produces
    @Singleton
    @Startup
    MessageSender chosen(VoucherSettings settings, Instance<RecordingMessageSender> recording,
            Instance<HttpMessageSender> http) {
        return switch (settings.messages().sender()) {
            case RECORDING -> recording.get();
            case HTTP -> http.get();
        };
    }
}
