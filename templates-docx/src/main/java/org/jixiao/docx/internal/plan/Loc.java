// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

/**
 * Where a slot sits in the template, for messages.
 *
 * @param part e.g. {@code word/document.xml}
 * @param location e.g. {@code paragraph 12} or {@code table 2, row 3, cell 1}
 * @param snippet the marker as written
 */
public record Loc(String part, String location, String snippet) {}
