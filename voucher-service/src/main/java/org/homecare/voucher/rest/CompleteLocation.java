package org.homecare.voucher.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A visit is logged with both coordinates or without a location (no fix); one coordinate alone is a point nowhere.
 * The violation names the missing one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CompleteLocation.Validator.class)
public @interface CompleteLocation {

    String message() default "is required with the other coordinate; give both or neither";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CompleteLocation, ServiceLogRequest> {

        @Override
        public boolean isValid(ServiceLogRequest request, ConstraintValidatorContext context) {
            if (request == null || (request.latitude() == null) == (request.longitude() == null)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode(request.latitude() == null ? "latitude" : "longitude").addConstraintViolation();
            return false;
        }
    }
}
