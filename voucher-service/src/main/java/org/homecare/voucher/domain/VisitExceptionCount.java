package org.homecare.voucher.domain;

import java.util.UUID;

/** How many of a provider's visit exceptions of one month have one code and one status. */
public record VisitExceptionCount(UUID providerId, VisitExceptionCode code, VisitExceptionStatus status, long count) {
}
