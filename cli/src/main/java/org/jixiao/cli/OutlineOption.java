// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.Lang;
import org.jixiao.outline.InvalidOutlineException;
import org.jixiao.outline.Outline;
import org.jixiao.outline.Outlines;
import org.jixiao.validation.ReportValidator;
import picocli.CommandLine.Option;

/**
 * {@code --outline FILE.json}, repeatable: outlines of the administrator's own, added to jixiao's
 * (one with a shipped outline's id replaces it). A file that is not an outline is exit code 2.
 */
final class OutlineOption {
    @Option(names = "--outline", paramLabel = "OUTLINE.json", descriptionKey = "outline")
    List<Path> files = new ArrayList<>();

    /** jixiao's outlines plus the given files. */
    Outlines outlines(Lang lang) {
        Outlines outlines = Outlines.builtIn();
        for (Path file : files) {
            Outline outline;
            try {
                outline = InputFile.read(file, lang, Outlines::read);
            } catch (InvalidOutlineException e) {
                throw InputFile.outlineUnreadable(file, e, lang);
            }
            outlines = outlines.with(outline);
        }
        return outlines;
    }

    /** A validator for these outlines, or null when no file is given (the library's own serves then). */
    ReportValidator validator(Lang lang) {
        return files.isEmpty()
                ? null
                : ReportValidator.create(Clock.system(ZoneId.of("Asia/Shanghai")), outlines(lang));
    }
}
