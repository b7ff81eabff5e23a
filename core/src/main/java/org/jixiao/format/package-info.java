// SPDX-License-Identifier: Apache-2.0
/**
 * Part of the public jixiao API: Chinese formatting of numerals, outline numbering, dates, amounts,
 * rates and 大写金额, independent of the default locale and time zone. Every method throws {@link
 * NullPointerException} naming the parameter when given null, and never returns null.
 *
 * <p>All classes here are stateless and thread-safe.
 *
 * @since 0.1.0
 */
package org.jixiao.format;
