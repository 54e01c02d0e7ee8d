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
 * A service log names its voucher once: by {@code voucherId} or by {@code voucherNumber} (the card), never both (which
 * one would count?) and never neither. The violation names both fields.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneVoucherReference.Validator.class)
public @interface OneVoucherReference {

    String message() default "give exactly one of voucherId and voucherNumber";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OneVoucherReference, ServiceLogRequest> {

        @Override
        public boolean isValid(ServiceLogRequest request, ConstraintValidatorContext context) {
            if (request == null || (request.voucherId() == null) != (request.voucherNumber() == null)) {
                return true;
            }
            String message = request.voucherId() == null
                    ? "is required, or voucherNumber (the card number) instead"
                    : "and voucherNumber name the voucher twice: give one of them";
            String other = request.voucherId() == null
                    ? "is required, or voucherId instead"
                    : "and voucherId name the voucher twice: give one of them";
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addPropertyNode("voucherId")
                    .addConstraintViolation();
            context.buildConstraintViolationWithTemplate(other).addPropertyNode("voucherNumber")
                    .addConstraintViolation();
            return false;
        }
    }
}
