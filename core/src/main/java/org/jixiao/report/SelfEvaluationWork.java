// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * 自评工作开展情况: how the self-evaluation was organised and submitted.
 *
 * <p>Each part is optional here; the outline decides which a report needs.
 *
 * @param team （一）评价小组情况
 * @param process （二）自评工作过程
 * @param submission （三）自评材料报送时间及质量
 * @param disclosure （四）自评材料报送及公开一致情况
 */
public record SelfEvaluationWork(
        @Valid EvaluationTeam team,
        List<@NotBlank String> process,
        @Valid MaterialSubmission submission,
        @Valid Disclosure disclosure) {

    public SelfEvaluationWork {
        process = Lists.copy(process);
    }
}
