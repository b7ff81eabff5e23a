// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * 评价小组: the self-evaluation team.
 *
 * @param leader 组长, with his or her post
 * @param members 组员
 * @param office 办公室: where the team's office sits, e.g. 局办公室
 * @param liaison 联络员
 * @param duties what the office and the departments did (optional paragraphs)
 */
public record EvaluationTeam(
        @NotNull @Valid TeamMember leader,
        @NotEmpty List<@NotBlank String> members,
        String office,
        String liaison,
        List<@NotBlank String> duties) {

    public EvaluationTeam {
        members = Lists.copy(members);
        duties = Lists.copy(duties);
    }
}
