// SPDX-License-Identifier: Apache-2.0
package org.jixiao.outline;

/**
 * 条目样式: how the numbered items of a section look. Items are numbered one level below their
 * section (a section at （一） numbers its items 1.), whatever their look.
 */
public enum ItemLook {
    /** Number and title in body text, like a paragraph: 1.贯彻执行…. */
    BODY,
    /** Item titles as headings of their level; sub-items in body text. */
    HEADING,
    /** Item titles and sub-item titles as headings of their levels. */
    HEADINGS
}
