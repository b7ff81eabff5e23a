// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * 预算监督情况.
 *
 * @param disclosure （1）信息公开
 * @param selfEvaluation （2）绩效自评
 */
public record BudgetSupervision(
        @NotNull @Valid InformationDisclosure disclosure, @NotNull @Valid SelfEvaluationConduct selfEvaluation) {}
