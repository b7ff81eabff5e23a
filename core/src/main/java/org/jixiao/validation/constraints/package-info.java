// SPDX-License-Identifier: Apache-2.0
/**
 * Part of the public jixiao API: the Jakarta Validation constraints of the report model, shaped like
 * Hibernate Validator's. All are class-level cross-field rules (总预算 = 基本支出 + 项目支出); each
 * documents its problem code and where it reports. A violation is an error unless the constraint is
 * used with the {@link org.jixiao.validation.Severity.Warning} payload, as the model does for the rules
 * the document can be right despite (Jakarta Validation allows no default payload, so severity is
 * declared where a constraint is used). Their validators live in
 * {@code org.jixiao.internal.validation.constraints}; their messages are keyed by the annotation's name
 * plus {@code .message} in {@code ContributorValidationMessages}. Null is always valid: presence is
 * {@code @NotNull}'s job.
 */
package org.jixiao.validation.constraints;
