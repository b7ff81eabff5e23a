// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.xml;

/** A node of the compile-time XML tree: an element or a run of character data. */
public sealed interface XNode permits XElement, XText {}
