// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * 小组成员: a person and his or her post.
 *
 * @param name 姓名
 * @param post 职务, e.g. 副局长 (optional)
 */
public record TeamMember(@NotBlank @Size(max = 50) String name, @Size(max = 50) String post) {}
