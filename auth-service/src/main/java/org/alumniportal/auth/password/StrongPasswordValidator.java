package org.alumniportal.auth.password;

import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Reports each broken {@link PasswordPolicy} rule as its own message on the annotated field. */
public class StrongPasswordValidator implements ConstraintValidator<StrongPassword, String> {

    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
        List<String> broken = PasswordPolicy.violations(password, null);
        if (broken.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        broken.forEach(message -> context.buildConstraintViolationWithTemplate(escape(message)).addConstraintViolation());
        return false;
    }

    /** Messages are templates; ours have no placeholders, but keep braces literal should one ever appear. */
    private static String escape(String message) {
        return message.replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
