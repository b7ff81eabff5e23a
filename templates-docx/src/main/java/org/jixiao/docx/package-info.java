// SPDX-License-Identifier: Apache-2.0
/**
 * Part of the public jixiao API: the .docx template engine; records, streams and byte arrays only.
 * Nothing in this package accepts or returns null unless its Javadoc says so.
 */
package org.jixiao.docx;
