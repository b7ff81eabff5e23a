// SPDX-License-Identifier: Apache-2.0
/**
 * Internal, not API: may change in any release. The machinery behind
 * {@link org.jixiao.validation.ReportValidator} — findings, JSON Pointers, document order and the
 * bilingual message bundles. Nothing here accepts null unless its Javadoc says so.
 */
package org.jixiao.internal.validation;
