// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.constraints.NotNull;
import org.jixiao.validation.constraints.DifferenceExplained;

/**
 * 自评材料报送及公开一致情况: whether what was submitted and what was published agree.
 *
 * @param consistent true when the submitted and published 自评报告、数据表、评分表 agree
 * @param explanation why they differ; required when {@code consistent} is false
 */
@DifferenceExplained
public record Disclosure(@NotNull Boolean consistent, String explanation) {}
