package org.virtualcampus.identity.boundary;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.virtualcampus.identity.entity.Profession;

/** One of the professions in {@link Profession}; null passes (pair with @NotBlank). */
@Target({
  ElementType.FIELD,
  ElementType.RECORD_COMPONENT,
  ElementType.PARAMETER,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownProfession.Validator.class)
public @interface KnownProfession {
  String message() default
      "unknown profession; use one of PHYSICIAN, NURSE, PHARMACIST, DENTIST, PHYSICIAN_ASSISTANT, PHYSICAL_THERAPIST, OCCUPATIONAL_THERAPIST, SPEECH_LANGUAGE_THERAPIST, PSYCHOLOGIST, PHD_EDD_EDUCATOR, ADMINISTRATOR, OTHER";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<KnownProfession, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.isBlank() || Profession.parse(value).isPresent();
    }
  }
}
