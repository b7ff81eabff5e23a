// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * 资产管理.
 *
 * @param paragraphs how assets were managed
 * @param fixedAssetsOriginalValue 固定资产原值
 * @param intangibleAssetsOriginalValue 无形资产原值
 */
public record AssetManagement(
        List<@NotBlank String> paragraphs,
        @NotNull @Valid Money fixedAssetsOriginalValue,
        @NotNull @Valid Money intangibleAssetsOriginalValue) {

    public AssetManagement {
        paragraphs = Lists.copy(paragraphs);
    }
}
