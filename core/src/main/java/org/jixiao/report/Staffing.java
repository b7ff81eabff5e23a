// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * 人员编制情况: authorised posts and headcounts, in persons.
 *
 * @param administrativePosts 行政编制（名）
 * @param logisticsPostsIncluded 其中后勤人员（名）, included in the administrative posts
 * @param careerPosts 事业编制（名）
 * @param inServiceFunded 财政供给在职人数（人）
 * @param retirees 离退休人数（人）
 */
public record Staffing(
        @NotNull @Min(0) Integer administrativePosts,
        @Min(0) Integer logisticsPostsIncluded,
        @NotNull @Min(0) Integer careerPosts,
        @NotNull @Min(0) Integer inServiceFunded,
        @NotNull @Min(0) Integer retirees) {

    /** 编制数: administrative plus career posts. */
    public int authorisedPosts() {
        return administrativePosts + careerPosts;
    }

    /** 在职人员控制率 = 在职人数 ÷ 编制数 × 100%; empty without posts. */
    public Optional<Percent> inServiceControlRate() {
        return Percent.of(
                java.math.BigDecimal.valueOf(inServiceFunded), java.math.BigDecimal.valueOf(authorisedPosts()));
    }
}
