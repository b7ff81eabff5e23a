// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import org.jixiao.docx.internal.tree.XmlText;

/** A marker and the text node (inside one {@code w:t}) that holds it whole, after normalising. */
public record PlacedToken(XmlText node, Token token) {}
