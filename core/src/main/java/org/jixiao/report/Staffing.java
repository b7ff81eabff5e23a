// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PastOrPresent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 人员编制情况: authorised posts and headcounts, in persons. Every figure is optional: reports give
 * what their notice asks for, and the page says only what is given (never "0名" for a figure not
 * given).
 *
 * @param administrativePosts 行政编制（名）
 * @param logisticsPostsIncluded 其中后勤人员（名）, included in the administrative posts
 * @param careerPosts 事业编制（名）
 * @param inServiceFunded 财政供给在职人数（人）
 * @param retirees 离退休人数（人）
 * @param totalPosts 编制总数（名）, for reports that give no 行政/事业 split; when the split is given too,
 *     it must equal their sum
 * @param temporaryStaff 临时/编外人员（人）
 * @param internalDivisions 内设机构（个）
 * @param asOf the date the figures refer to (截至…), within or just after the evaluation year
 */
public record Staffing(
        @Min(0) Integer administrativePosts,
        @Min(0) Integer logisticsPostsIncluded,
        @Min(0) Integer careerPosts,
        @Min(0) Integer inServiceFunded,
        @Min(0) Integer retirees,
        @Min(0) Integer totalPosts,
        @Min(0) Integer temporaryStaff,
        @Min(0) Integer internalDivisions,
        @PastOrPresent LocalDate asOf) {

    /** The five figures of the Guangdong form, without the optional ones. */
    public Staffing(
            Integer administrativePosts,
            Integer logisticsPostsIncluded,
            Integer careerPosts,
            Integer inServiceFunded,
            Integer retirees) {
        this(
                administrativePosts,
                logisticsPostsIncluded,
                careerPosts,
                inServiceFunded,
                retirees,
                null,
                null,
                null,
                null);
    }

    /**
     * 编制数: administrative plus career posts when both are given, else {@link #totalPosts()}; empty
     * when neither is known.
     */
    public Optional<Integer> authorisedPosts() {
        if (administrativePosts != null && careerPosts != null) {
            return Optional.of(administrativePosts + careerPosts);
        }
        return Optional.ofNullable(totalPosts);
    }

    /** 在职人员控制率 = 在职人数 ÷ 编制数 × 100%; empty when either is unknown or there are no posts. */
    public Optional<Percent> inServiceControlRate() {
        if (inServiceFunded == null) {
            return Optional.empty();
        }
        return authorisedPosts()
                .flatMap(posts -> Percent.of(BigDecimal.valueOf(inServiceFunded), BigDecimal.valueOf(posts)));
    }
}
