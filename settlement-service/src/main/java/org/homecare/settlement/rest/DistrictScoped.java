package org.homecare.settlement.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the endpoints whose answers are narrowed to the caller's districts by the use case behind them (reports,
 * audit samples and findings), so a district-limited caller may call them. Every other endpoint is city-wide and
 * refuses such a caller ({@link CityWideOnly}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface DistrictScoped {
}
