// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * 封面日期: a further date on the cover, with the label the unit gives it, printed
 * {@code 评价时间：2023年3月20日}.
 *
 * @param label the label without the colon, e.g. 评价时间, 报告日期
 * @param date the date
 */
public record CoverDate(@NotBlank @Size(max = 20) String label, @NotNull LocalDate date) {}
