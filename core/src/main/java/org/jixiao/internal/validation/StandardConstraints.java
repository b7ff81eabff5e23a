// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Map;

/**
 * The stable codes of the Jakarta constraints the model uses. Their messages are jixiao's own
 * ({@code org.jixiao.validation.<code>}), in Chinese and English, naming the field by its JSON Pointer
 * ({@code {path}}) and using the constraint's attributes ({@code {min}}, {@code {max}}, {@code {value}},
 * {@code {integer}}, {@code {fraction}}).
 */
final class StandardConstraints {
    /** The code of a constraint not in the table. */
    static final String INVALID = "invalid";

    private static final Map<Class<? extends Annotation>, String> CODES = Map.ofEntries(
            Map.entry(NotNull.class, "required"),
            Map.entry(NotBlank.class, "required"),
            Map.entry(NotEmpty.class, "required"),
            Map.entry(Size.class, "size"),
            Map.entry(Min.class, "min"),
            Map.entry(DecimalMin.class, "min"),
            Map.entry(PositiveOrZero.class, "min"),
            Map.entry(Max.class, "max"),
            Map.entry(DecimalMax.class, "max"),
            Map.entry(Digits.class, "digits"),
            Map.entry(Pattern.class, "pattern"),
            Map.entry(PastOrPresent.class, "date.future"));

    private StandardConstraints() {}

    /** The code of a Jakarta constraint, {@value #INVALID} for one not in the table. */
    static String code(Class<? extends Annotation> constraint) {
        return CODES.getOrDefault(constraint, INVALID);
    }
}
