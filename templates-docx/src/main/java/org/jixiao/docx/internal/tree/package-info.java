// SPDX-License-Identifier: Apache-2.0
/**
 * Internal, not API: may change in any release. The engine's compile-time XML tree: mutable,
 * keeping prefixes and namespace declarations as written, so a template's XML is reproduced
 * exactly; used only while compiling. Nothing here accepts or returns null unless documented.
 */
package org.jixiao.docx.internal.tree;
