package org.homecare.contracts.geo;

import java.util.regex.Pattern;

/**
 * Geohash cells (base 32, longitude bits first). Precision 7 is a cell of about 153 m × 153 m at the equator and
 * about 130 m × 153 m at Hefei's latitude: coarse enough that a home cell names a block, not a door, and fine enough
 * to tell a visit at home from one across town.
 */
public final class Geohash {

    /** The precision of an elder's home cell on eligibility.v1. */
    public static final int HOME_CELL_PRECISION = 7;

    private static final String BASE32 = "0123456789bcdefghjkmnpqrstuvwxyz";
    private static final Pattern SHAPE = Pattern.compile("[0-9b-hjkmnp-z]{1,12}");
    private static final double EARTH_RADIUS_M = 6_371_008.8;

    private Geohash() {
    }

    /** A point on the WGS 84 ellipsoid's sphere approximation, in degrees. */
    public record Point(double latitude, double longitude) {
        public Point {
            if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
                throw new IllegalArgumentException("not a coordinate: " + latitude + ", " + longitude);
            }
        }

        /** Great-circle (haversine) distance in metres: within 0.5 % of the ellipsoid's at these distances. */
        public double metresTo(Point other) {
            double phi1 = Math.toRadians(latitude);
            double phi2 = Math.toRadians(other.latitude);
            double dPhi = phi2 - phi1;
            double dLambda = Math.toRadians(other.longitude - longitude);
            double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                    + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
            return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
        }
    }

    public static boolean isValid(String hash) {
        return hash != null && SHAPE.matcher(hash).matches();
    }

    public static String encode(double latitude, double longitude, int precision) {
        new Point(latitude, longitude);
        if (precision < 1 || precision > 12) {
            throw new IllegalArgumentException("precision must be 1 to 12: " + precision);
        }
        double[] lat = {-90, 90};
        double[] lon = {-180, 180};
        StringBuilder hash = new StringBuilder(precision);
        boolean even = true;
        int bit = 0;
        int value = 0;
        while (hash.length() < precision) {
            double[] range = even ? lon : lat;
            double coordinate = even ? longitude : latitude;
            double mid = (range[0] + range[1]) / 2;
            value <<= 1;
            if (coordinate >= mid) {
                value |= 1;
                range[0] = mid;
            } else {
                range[1] = mid;
            }
            even = !even;
            if (++bit == 5) {
                hash.append(BASE32.charAt(value));
                bit = 0;
                value = 0;
            }
        }
        return hash.toString();
    }

    /** The centre of the cell. */
    public static Point center(String hash) {
        if (!isValid(hash)) {
            throw new IllegalArgumentException("not a geohash: " + hash);
        }
        double[] lat = {-90, 90};
        double[] lon = {-180, 180};
        boolean even = true;
        for (int i = 0; i < hash.length(); i++) {
            int value = BASE32.indexOf(hash.charAt(i));
            for (int mask = 16; mask > 0; mask >>= 1) {
                double[] range = even ? lon : lat;
                double mid = (range[0] + range[1]) / 2;
                if ((value & mask) != 0) {
                    range[0] = mid;
                } else {
                    range[1] = mid;
                }
                even = !even;
            }
        }
        return new Point((lat[0] + lat[1]) / 2, (lon[0] + lon[1]) / 2);
    }
}
