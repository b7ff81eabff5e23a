// SPDX-License-Identifier: Apache-2.0
/**
 * Internal, not API: the canonical text view behind {@link org.jixiao.testing.docx.DocxText}. Reads parts with
 * the secure StAX parser into small trees; no docx4j. Nothing here accepts or returns null unless noted.
 */
package org.jixiao.testing.docx.internal;
