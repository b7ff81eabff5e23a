// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * 绩效自评 (as an indicator): how the self-evaluation itself was done.
 *
 * @param organisation ①组织建立情况 — further paragraphs; the team itself is printed from
 *     {@link SelfEvaluationWork#team()}, so it is never typed twice
 * @param timeliness ②自评材料报送及时性
 * @param quality ③自评材料报送质量
 */
public record SelfEvaluationConduct(
        List<@NotBlank String> organisation,
        @NotEmpty List<@NotBlank String> timeliness,
        @NotEmpty List<@NotBlank String> quality) {

    public SelfEvaluationConduct {
        organisation = Lists.copy(organisation);
        timeliness = Lists.copy(timeliness);
        quality = Lists.copy(quality);
    }
}
