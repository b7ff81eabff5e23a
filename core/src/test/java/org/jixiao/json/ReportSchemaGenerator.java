// SPDX-License-Identifier: Apache-2.0
package org.jixiao.json;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.TypeScope;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jixiao.internal.json.JsonOutput;
import org.jixiao.internal.json.ReportTerms;
import org.jixiao.report.Report;

/**
 * Generates the JSON Schema that core ships as {@code org/jixiao/json/report.schema.json}, with
 * victools jsonschema-generator and its jakarta-validation module (test scope: the generator never
 * reaches core's runtime classpath). Titles and descriptions come from {@link ReportTerms}.
 */
final class ReportSchemaGenerator {
    private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    private ReportSchemaGenerator() {}

    /** The schema of {@link Report} as ReportJson lays out JSON: two-space indent, {@code \n}, final newline. */
    static String generate() {
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(
                        SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(
                        Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                        Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.PLAIN_DEFINITION_KEYS)
                // minLength, minItems, minimum, maximum from the constraints; "required" is ours, below.
                .with(new JakartaValidationModule());

        builder.forTypesInGeneral()
                .withPropertySorter(Comparator.comparingInt(ReportSchemaGenerator::componentIndex))
                .withTitleResolver(scope -> typeTitle(scope))
                .withCustomDefinitionProvider((javaType, context) -> {
                    Class<?> raw = javaType.getErasedType();
                    if (raw == LocalDate.class) {
                        ObjectNode date = context.getGeneratorConfig()
                                .createObjectNode()
                                .put("type", "string")
                                .put("format", "date")
                                .put("pattern", DATE_PATTERN);
                        return new CustomDefinition(
                                date, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.YES);
                    }
                    if (Map.class.isAssignableFrom(raw)) {
                        // Report.sections: keys are section ids (@NotBlank), values are records
                        ObjectNode map =
                                context.getGeneratorConfig().createObjectNode().put("type", "object");
                        map.putObject("propertyNames").put("minLength", 1).put("pattern", "\\S");
                        ResolvedType value =
                                javaType.typeParametersFor(Map.class).get(1);
                        map.set("additionalProperties", context.createDefinitionReference(value));
                        return new CustomDefinition(
                                map, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.YES);
                    }
                    if (raw.isEnum()) {
                        ObjectNode e =
                                context.getGeneratorConfig().createObjectNode().put("type", "string");
                        ArrayNode oneOf = e.putArray("oneOf");
                        for (Object constant : raw.getEnumConstants()) {
                            String name = ((Enum<?>) constant).name();
                            oneOf.addObject()
                                    .put("const", name)
                                    .put("title", ReportTerms.title(raw.getSimpleName() + "." + name));
                        }
                        return new CustomDefinition(
                                e, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.AttributeInclusion.YES);
                    }
                    return null;
                });
        builder.forFields()
                .withTitleResolver(field -> field.isFakeContainerItemScope() ? null : ReportTerms.title(key(field)))
                .withDescriptionResolver(
                        field -> field.isFakeContainerItemScope() ? null : ReportTerms.description(key(field)))
                .withRequiredCheck(ReportSchemaGenerator::required)
                .withStringPatternResolver(field -> {
                    Pattern p = annotation(field, Pattern.class);
                    if (p != null) {
                        // JSON Schema patterns are unanchored; Bean Validation's match the whole string.
                        return "^(?:" + p.regexp() + ")$";
                    }
                    // @NotBlank: at least one character that is not white space.
                    return annotation(field, NotBlank.class) != null ? "\\S" : null;
                });

        ObjectNode schema = new SchemaGenerator(builder.build()).generateSchema(Report.class);
        try {
            return new ObjectMapper().writer(JsonOutput.prettyPrinter()).writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Required as validation requires it: {@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}. A list
     * under {@code @NotNull} alone is not: the model turns a missing list into an empty one, which
     * {@code @NotNull} accepts and {@link ReportJson#write} leaves out.
     */
    private static boolean required(FieldScope field) {
        if (field.isFakeContainerItemScope()) {
            return false;
        }
        if (field.getAnnotationConsideringFieldAndGetter(NotBlank.class) != null
                || field.getAnnotationConsideringFieldAndGetter(NotEmpty.class) != null) {
            return true;
        }
        return field.getAnnotationConsideringFieldAndGetter(NotNull.class) != null
                && !List.class.isAssignableFrom(field.getType().getErasedType());
    }

    /** The annotation on the field, or on the list's element type when generating the list's items. */
    private static <A extends java.lang.annotation.Annotation> A annotation(FieldScope field, Class<A> type) {
        return field.isFakeContainerItemScope()
                ? field.getContainerItemAnnotationConsideringFieldAndGetterIfSupported(type)
                : field.getAnnotationConsideringFieldAndGetterIfSupported(type);
    }

    private static String key(MemberScope<?, ?> member) {
        return member.getDeclaringType().getErasedType().getSimpleName() + "." + member.getDeclaredName();
    }

    private static String typeTitle(TypeScope scope) {
        Class<?> raw = scope.getType().getErasedType();
        return raw.isRecord() || raw.isEnum() ? ReportTerms.title(raw.getSimpleName()) : null;
    }

    private static int componentIndex(MemberScope<?, ?> member) {
        RecordComponent[] components = member.getDeclaringType().getErasedType().getRecordComponents();
        if (components == null) {
            return Integer.MAX_VALUE;
        }
        return Arrays.stream(components).map(RecordComponent::getName).toList().indexOf(member.getDeclaredName());
    }
}
