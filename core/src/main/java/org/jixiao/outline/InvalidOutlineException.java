// SPDX-License-Identifier: Apache-2.0
package org.jixiao.outline;

import org.jixiao.JixiaoException;

/**
 * An outline file cannot be used: it is not an outline's JSON ({@code outline.malformed}, with line
 * and column), or its content is inconsistent ({@code outline.invalid}: a duplicate or missing id, an
 * empty heading, an unknown numbering label, a reference to a section it does not have). The message
 * names the place and says how to fix it, in Chinese and English.
 *
 * @since 0.2.0
 */
public class InvalidOutlineException extends JixiaoException {
    private static final long serialVersionUID = 1L;

    public InvalidOutlineException(String code, String messageZh, String messageEn) {
        super(code, messageZh, messageEn);
    }
}
