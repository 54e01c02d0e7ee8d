package org.homecare.voucher.domain;

/** How a visit's minutes become the hours an HOUR item may bill (from the catalogue). */
public enum UnitRounding {
    UP, HALF_UP, DOWN;

    public long hours(long minutes) {
        return switch (this) {
            case UP -> (minutes + 59) / 60;
            case HALF_UP -> (minutes + 30) / 60;
            case DOWN -> minutes / 60;
        };
    }
}
