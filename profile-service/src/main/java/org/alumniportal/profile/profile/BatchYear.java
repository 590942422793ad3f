package org.alumniportal.profile.profile;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Year;
import java.time.ZoneOffset;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A graduation year from 1950 to six years ahead (students enrolled now graduate in up to six years); the upper
 * bound moves with the calendar, which {@code @Max} cannot express.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BatchYear.Validator.class)
public @interface BatchYear {

    int FIRST = 1950;
    int YEARS_AHEAD = 6;

    String message() default "must be between 1950 and six years from now";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<BatchYear, Integer> {
        @Override
        public boolean isValid(Integer value, ConstraintValidatorContext context) {
            return value == null || (value >= FIRST && value <= Year.now(ZoneOffset.UTC).getValue() + YEARS_AHEAD);
        }
    }
}
