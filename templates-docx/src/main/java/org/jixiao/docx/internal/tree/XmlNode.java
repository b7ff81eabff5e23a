// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.tree;

/** A node of the compile-time XML tree: an element or a run of character data. */
public sealed interface XmlNode permits XmlElem, XmlText {}
