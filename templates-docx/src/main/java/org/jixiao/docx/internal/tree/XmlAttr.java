// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.tree;

/**
 * An attribute or a namespace declaration as written in the template.
 *
 * @param qname the name as written, e.g. {@code w:val} or {@code xmlns:w}
 * @param ns the namespace URI of the attribute, empty when none (and for declarations)
 * @param local the local name
 * @param value the unescaped value
 */
public record XmlAttr(String qname, String ns, String local, String value) {}
