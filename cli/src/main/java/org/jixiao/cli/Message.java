// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jixiao.Lang;
import org.jixiao.internal.message.Catalogue;

/**
 * Every sentence the command line prints itself, in Chinese and English: the key of each in
 * {@code org/jixiao/cli/Messages.properties} (English) and {@code Messages_zh_CN.properties}, worded by
 * the library's {@link Catalogue}. The library's own messages come with it.
 */
enum Message {
    FILE_NOT_FOUND,
    NOT_A_FILE,
    CANNOT_READ,
    MALFORMED,
    CANNOT_WRITE,
    FOLDER_MISSING,
    NOT_A_FOLDER,
    ACCESS_DENIED,
    SAME_AS_INPUT,
    REPORT_INVALID,
    TEMPLATE_REJECTED,
    DATA_MISMATCH,
    WROTE,
    WROTE_PDF,
    WROTE_FIXED,
    FIXED_FOR_DOCUMENT,
    EXPORTED,
    PROBLEM_COUNT,
    NO_PROBLEMS,
    TEMPLATE_NOT_COMPILED,
    LINT_CLEAN,
    PDF_NO_SOFFICE,
    PDF_INSTALL_DEBIAN,
    PDF_INSTALL_MACOS,
    PDF_INSTALL_WINDOWS,
    PDF_FAILED,
    PDF_TIMEOUT,
    WROTE_PAGES,
    PNG_NO_PDFTOPPM,
    PNG_INSTALL_DEBIAN,
    PNG_INSTALL_MACOS,
    PNG_INSTALL_WINDOWS,
    PNG_FAILED,
    PNG_TIMEOUT,
    BATCH_NO_JSON,
    BATCH_BAD_THREADS,
    BATCH_HEAD_FILE,
    BATCH_HEAD_STATUS,
    BATCH_HEAD_WARNINGS,
    BATCH_HEAD_ERRORS,
    BATCH_HEAD_MILLIS,
    BATCH_TOTAL,
    BATCH_REASONS,
    BATCH_FIRST_ERROR,
    STATUS_OK,
    STATUS_WARNINGS,
    STATUS_INVALID,
    STATUS_UNREADABLE,
    STATUS_UNWRITABLE,
    STATUS_FAILED,
    USAGE_HINT,
    OUTLINE_DEFAULT,
    OUTLINE_UNKNOWN,
    OUTLINE_SOURCE,
    OUTLINE_TITLE,
    OUTLINE_COVER,
    OUTLINE_ATTACHMENTS,
    OUTLINE_REQUIRED,
    OUTLINE_OPTIONAL,
    INTERNAL,
    OUT_OF_MEMORY;

    private static final Catalogue CATALOGUE = Catalogue.of("org.jixiao.cli.Messages", Message.class);

    /** The key of this sentence: {@code FILE_NOT_FOUND} → {@code file-not-found}. */
    String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The sentence in {@code lang}, with {@code args} put in its {@code {0}}, {@code {1}}, …, in order. */
    String format(Lang lang, Object... args) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            params.put(Integer.toString(i), args[i]);
        }
        return CATALOGUE.format(key(), params, lang);
    }
}
