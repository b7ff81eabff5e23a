// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The trap: a constraint written on a record component lands on the field, the accessor,
 * the constructor parameter and the type, as its {@code @Target} allows — and Hibernate Validator checks
 * a record's fields, not its accessors (they are no getters). A constraint that cannot reach the field
 * is silently ignored. These tests pin the trap and prove that every constraint of the model is enforced.
 */
public class RecordComponentConstraintsTest {
    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
            .providerResolver(() -> List.of(new HibernateValidator()))
            .configure()
            .ignoreXmlConfiguration()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    /** Every record reachable from {@link Report} through its components. */
    static List<Class<?>> modelRecords() {
        Set<Class<?>> found = new LinkedHashSet<>();
        Deque<Type> todo = new ArrayDeque<>(List.of(Report.class));
        while (!todo.isEmpty()) {
            Type type = todo.pop();
            if (type instanceof ParameterizedType p) {
                todo.addAll(Arrays.asList(p.getActualTypeArguments()));
            } else if (type instanceof Class<?> c && c.isRecord() && found.add(c)) {
                for (RecordComponent component : c.getRecordComponents()) {
                    todo.add(component.getGenericType());
                }
            }
        }
        return List.copyOf(found);
    }

    @Test
    void theWalkFindsTheWholeModel() {
        List<Class<?>> records = modelRecords();
        assertTrue(records.size() >= 38, () -> records.size() + " records: " + records);
        assertTrue(records.containsAll(List.of(Money.class, TertiaryIndicator.class, ProjectFunds.class, Item.class)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modelRecords")
    void everyConstraintOnAComponentIsCheckedOnItsField(Class<?> type) throws NoSuchMethodException {
        Class<?>[] parameterTypes = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        Annotation[][] parameterAnnotations =
                type.getDeclaredConstructor(parameterTypes).getParameterAnnotations();
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            // what was written on the component, as the canonical constructor's parameter carries it
            Set<Class<? extends Annotation>> written = constraintTypes(parameterAnnotations[i]);
            PropertyDescriptor property =
                    VALIDATOR.getConstraintsForClass(type).getConstraintsForProperty(component.getName());
            Set<Class<? extends Annotation>> checked = property == null
                    ? Set.of()
                    : property.getConstraintDescriptors().stream()
                            .map(d -> d.getAnnotation().annotationType())
                            .collect(Collectors.toSet());
            assertEquals(written, checked, type.getSimpleName() + "." + component.getName());

            boolean cascaded = Arrays.stream(parameterAnnotations[i]).anyMatch(a -> a instanceof Valid);
            assertEquals(
                    cascaded,
                    property != null && property.isCascaded(),
                    type.getSimpleName() + "." + component.getName() + " @Valid");

            Set<Class<? extends Annotation>> writtenOnElements = elementConstraintTypes(component.getAnnotatedType());
            Set<Class<? extends Annotation>> checkedOnElements = property == null
                    ? Set.of()
                    : property.getConstrainedContainerElementTypes().stream()
                            .map(ContainerElementTypeDescriptor::getConstraintDescriptors)
                            .flatMap(Set::stream)
                            .map(d -> d.getAnnotation().annotationType())
                            .collect(Collectors.toSet());
            assertEquals(
                    writtenOnElements,
                    checkedOnElements,
                    type.getSimpleName() + "." + component.getName() + " elements");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modelRecords")
    void everyClassLevelConstraintIsChecked(Class<?> type) {
        Set<Class<? extends Annotation>> written = constraintTypes(type.getAnnotations());
        Set<Class<? extends Annotation>> checked =
                VALIDATOR.getConstraintsForClass(type).getConstraintDescriptors().stream()
                        .map(ConstraintDescriptor::getAnnotation)
                        .map(Annotation::annotationType)
                        .collect(Collectors.toSet());
        assertEquals(written, checked, type.getSimpleName());
    }

    @Test
    void jixiaoConstraintsTargetFieldsAndTypes() {
        Set<Class<? extends Annotation>> ours = modelRecords().stream()
                .flatMap(type -> Arrays.stream(type.getAnnotations()))
                .map(Annotation::annotationType)
                .filter(a -> a.getPackageName().equals("org.jixiao.validation.constraints"))
                .collect(Collectors.toSet());
        assertEquals(22, ours.size(), ours::toString);
        for (Class<? extends Annotation> constraint : ours) {
            List<ElementType> targets =
                    Arrays.asList(constraint.getAnnotation(Target.class).value());
            assertTrue(targets.containsAll(List.of(ElementType.TYPE, ElementType.FIELD)), constraint.getSimpleName());
        }
    }

    // The trap itself, pinned: the same constraint, once reaching the field and once only the accessor.

    record FieldTargeted(@FieldNotBlank String name) {}

    record MethodTargeted(@MethodNotBlank String name) {}

    @Test
    void aConstraintThatReachesTheFieldIsChecked() {
        assertEquals(1, VALIDATOR.validate(new FieldTargeted(" ")).size());
    }

    @Test
    void aConstraintThatOnlyReachesTheAccessorIsSilentlyIgnored() {
        assertEquals(0, VALIDATOR.validate(new MethodTargeted(" ")).size());
    }

    @Constraint(validatedBy = NotBlankValidator.class)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface FieldNotBlank {
        String message() default "blank";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Constraint(validatedBy = MethodNotBlankValidator.class)
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface MethodNotBlank {
        String message() default "blank";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class NotBlankValidator implements ConstraintValidator<FieldNotBlank, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !value.isBlank();
        }
    }

    public static final class MethodNotBlankValidator implements ConstraintValidator<MethodNotBlank, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !value.isBlank();
        }
    }

    private static Set<Class<? extends Annotation>> constraintTypes(Annotation[] annotations) {
        return Arrays.stream(annotations)
                .map(Annotation::annotationType)
                .filter(a -> a.isAnnotationPresent(Constraint.class))
                .collect(Collectors.toSet());
    }

    private static Set<Class<? extends Annotation>> elementConstraintTypes(AnnotatedType type) {
        if (!(type instanceof AnnotatedParameterizedType parameterized)) {
            return Set.of();
        }
        return Arrays.stream(parameterized.getAnnotatedActualTypeArguments())
                .flatMap(argument -> constraintTypes(argument.getAnnotations()).stream())
                .collect(Collectors.toSet());
    }
}
