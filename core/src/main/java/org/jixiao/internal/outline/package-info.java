// SPDX-License-Identifier: Apache-2.0
/**
 * Internal: not part of the public API. What an outline's content needs from a report, shared by
 * validation and rendering so that both agree on what is present. Arguments are never null.
 */
package org.jixiao.internal.outline;
