// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.util.Locale;
import java.util.Optional;
import org.jixiao.Lang;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang zh} or {@code --lang en}, in any case. */
final class LangConverter implements ITypeConverter<Lang> {

    @Override
    public Lang convert(String value) {
        return parse(value).orElseThrow(() -> new TypeConversionException("expected zh or en, not '" + value + "'"));
    }

    static Optional<Lang> parse(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "zh" -> Optional.of(Lang.ZH);
            case "en" -> Optional.of(Lang.EN);
            default -> Optional.empty();
        };
    }
}
