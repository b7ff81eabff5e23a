// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * 发文字号: an official document number 机关代字〔年份〕序号号, always printed with 六角括号.
 *
 * @param issuerCode 机关代字, e.g. 湛坡财
 * @param year 年份, e.g. 2023
 * @param serial 发文顺序号, e.g. 80 (no leading zeros)
 */
public record DocumentNumber(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[^\\s〔〕【】\\[\\]()（）]+") String issuerCode,
        @NotNull @Min(1949) @Max(2099) Integer year,
        @NotNull @Min(1) Integer serial) {

    /** As printed per GB/T 9704: {@code 湛坡财〔2023〕80号}. */
    @Override
    public String toString() {
        return issuerCode + "〔" + year + "〕" + serial + "号";
    }
}
