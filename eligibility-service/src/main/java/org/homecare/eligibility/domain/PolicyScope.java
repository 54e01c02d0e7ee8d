package org.homecare.eligibility.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a policy version applies: listed district codes, district codes starting with a prefix (Hefei: 3401), or listed
 * townships (9-digit codes, e.g. a county's seat town). An elder is in scope when the district or the township matches.
 * Scopes stored before townships existed have none ({@code townshipCodes} absent from their JSON).
 */
public record PolicyScope(List<String> districtCodes, List<String> districtPrefixes, List<String> townshipCodes) {

    public PolicyScope {
        districtCodes = districtCodes == null ? List.of() : List.copyOf(districtCodes);
        districtPrefixes = districtPrefixes == null ? List.of() : List.copyOf(districtPrefixes);
        townshipCodes = townshipCodes == null ? List.of() : List.copyOf(townshipCodes);
    }

    public PolicyScope(List<String> districtCodes, List<String> districtPrefixes) {
        this(districtCodes, districtPrefixes, List.of());
    }

    /** @param townshipCode null when the elder's township was never recorded */
    public boolean contains(String districtCode, String townshipCode) {
        // loops rather than streams: re-certification asks this for every elder
        if (districtCode != null) {
            if (districtCodes.contains(districtCode)) {
                return true;
            }
            for (String prefix : districtPrefixes) {
                if (districtCode.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return townshipCode != null && townshipCodes.contains(townshipCode);
    }

    public boolean listsTownships() {
        return !townshipCodes.isEmpty();
    }

    public String describe() {
        List<String> parts = new ArrayList<>(districtCodes);
        districtPrefixes.forEach(prefix -> parts.add(prefix + "x".repeat(Math.max(0, 6 - prefix.length()))));
        parts.addAll(townshipCodes);
        return parts.toString();
    }
}
