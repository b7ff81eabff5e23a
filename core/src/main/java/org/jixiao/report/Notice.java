// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * 通知: an official document cited by title and number, e.g.
 * 《湛江市坡头区财政局关于开展2023年区级财政资金绩效自评工作的通知》（湛坡财〔2023〕80号）.
 *
 * @param title the title without 《》
 * @param number 文号
 */
public record Notice(@NotBlank String title, @NotNull @Valid DocumentNumber number) {}
