// SPDX-License-Identifier: Apache-2.0
/**
 * Internal, not API: may change in any release. The render path: walks a plan against a data tree
 * into bytes, enforcing the data contract and the missing-data policy; no XML parsing, JAXB or
 * docx4j. Nothing here accepts or returns null unless documented.
 */
package org.jixiao.docx.internal.render;
