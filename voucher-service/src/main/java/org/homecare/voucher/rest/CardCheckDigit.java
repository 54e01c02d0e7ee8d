package org.homecare.voucher.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.homecare.voucher.domain.CardNumber;

/**
 * A card number's last digit is its Luhn check digit ({@link CardNumber}): a mistyped number is a 400 naming the
 * field, not a log decided on another elder's voucher. Only 16 digits are checked; {@code @Pattern} answers the rest.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CardCheckDigit.Validator.class)
public @interface CardCheckDigit {

    String message() default "has a wrong check digit: a digit is mistyped";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CardCheckDigit, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || !value.matches("[0-9]{" + CardNumber.LENGTH + "}")) {
                return true;
            }
            int last = CardNumber.LENGTH - 1;
            return CardNumber.checkDigit(value.substring(0, last)) == value.charAt(last) - '0';
        }
    }
}
