// SPDX-License-Identifier: Apache-2.0
/**
 * Internal, not API: the one hardened way to parse XML from a template (JDK StAX, no DTD, no external
 * entities) and a minimal tree. Nothing here accepts or returns null unless noted.
 */
package org.jixiao.docx.internal.xml;
