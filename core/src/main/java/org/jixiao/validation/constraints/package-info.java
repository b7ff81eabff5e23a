// SPDX-License-Identifier: Apache-2.0
/**
 * Part of the public jixiao API: the Jakarta Validation constraints of the report model, shaped like
 * Hibernate Validator's. Most are class-level cross-field rules (总预算 = 基本支出 + 项目支出); each
 * names its problem code and whether it is an error or a warning ({@link org.jixiao.validation.Severity.Warning}
 * payload). Their validators live in {@code org.jixiao.internal.validation.constraints}; their messages
 * are keyed by the annotation's name plus {@code .message} in {@code ContributorValidationMessages}.
 * Null is always valid: presence is {@code @NotNull}'s job.
 */
package org.jixiao.validation.constraints;
