// SPDX-License-Identifier: Apache-2.0
/**
 * Internal, not API: the validators of {@code org.jixiao.validation.constraints}, one per constraint and
 * validated type, stateless and thread-safe. Each reports through {@link
 * org.jixiao.internal.validation.constraints.Violation}, which attaches the problem code, value,
 * suggestion and message parameters (computed values only) to the violation.
 */
package org.jixiao.internal.validation.constraints;
