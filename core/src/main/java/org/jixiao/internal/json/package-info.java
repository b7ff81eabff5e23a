// SPDX-License-Identifier: Apache-2.0
/**
 * Internal, not part of the API (may change in any release): the strict Jackson configuration, the
 * exact-decimal and ISO-date readers, error translation and the plain tree behind
 * {@link org.jixiao.json.ReportJson}. The reader's messages are in {@code Messages.properties} and
 * {@code Messages_zh_CN.properties} beside this package's classes, never in its code. Nothing here accepts null
 * unless its Javadoc says so.
 */
package org.jixiao.internal.json;
