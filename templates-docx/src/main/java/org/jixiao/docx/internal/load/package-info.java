// SPDX-License-Identifier: Apache-2.0
/**
 * Internal, not API: may change in any release. The one value a template is read into
 * ({@link org.jixiao.docx.internal.load.DocxPackage}: parts, content types, relationships, the parts
 * the engine templates), which the pre-flight builds in its single bounded read and the compiler and
 * the canonical text use. Nothing here accepts or returns null unless documented.
 */
package org.jixiao.docx.internal.load;
