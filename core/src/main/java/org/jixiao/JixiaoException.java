// SPDX-License-Identifier: Apache-2.0
package org.jixiao;

/**
 * The one exception type of jixiao; subtypes name what the caller has to fix.
 *
 * <p>Every message says what is wrong, where (JSON path, template part and paragraph) and how to
 * fix it, in Chinese ({@link #getMessage()}) and English ({@link #messageEn()}), under a stable
 * {@link #code()}.
 */
public class JixiaoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String messageEn;

    public JixiaoException(String code, String messageZh, String messageEn) {
        this(code, messageZh, messageEn, null);
    }

    public JixiaoException(String code, String messageZh, String messageEn, Throwable cause) {
        super(messageZh, cause);
        this.code = code;
        this.messageEn = messageEn;
    }

    /** A stable, machine-readable code such as {@code json.unknown-property}. */
    public String code() {
        return code;
    }

    /** The message in Chinese, the same as {@link #getMessage()}. */
    public String messageZh() {
        return getMessage();
    }

    /** The message in English. */
    public String messageEn() {
        return messageEn;
    }

    /** The message in the given language. */
    public String message(Lang lang) {
        return lang == Lang.EN ? messageEn : getMessage();
    }
}
