package org.homecare.eligibility.domain;

import java.util.List;

/** Where a policy version applies: listed district codes or codes starting with a prefix (Hefei: 3401). */
public record PolicyScope(List<String> districtCodes, List<String> districtPrefixes) {

    public PolicyScope {
        districtCodes = districtCodes == null ? List.of() : List.copyOf(districtCodes);
        districtPrefixes = districtPrefixes == null ? List.of() : List.copyOf(districtPrefixes);
    }

    public boolean contains(String districtCode) {
        return districtCode != null && (districtCodes.contains(districtCode)
                || districtPrefixes.stream().anyMatch(districtCode::startsWith));
    }

    public String describe() {
        List<String> parts = new java.util.ArrayList<>(districtCodes);
        districtPrefixes.forEach(prefix -> parts.add(prefix + "x".repeat(Math.max(0, 6 - prefix.length()))));
        return parts.toString();
    }
}
