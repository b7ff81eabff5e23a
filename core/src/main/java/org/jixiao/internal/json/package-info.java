// SPDX-License-Identifier: Apache-2.0
/**
 * Internal, not part of the API (may change in any release): the strict Jackson configuration, the
 * exact-decimal and ISO-date readers, error translation and the plain tree behind
 * {@link org.jixiao.json.ReportJson}. Nothing here accepts null unless its Javadoc says so.
 */
package org.jixiao.internal.json;
