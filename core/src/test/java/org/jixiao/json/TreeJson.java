// SPDX-License-Identifier: Apache-2.0
package org.jixiao.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jixiao.internal.json.JsonOutput;

/** Prints a plain tree the way ReportJson lays out JSON, to compare ReportTree with write. */
final class TreeJson {
    private static final JsonMapper PLAIN = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            // the tree keeps empty lists, the written JSON leaves them out
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_EMPTY))
            .build();

    private TreeJson() {}

    static String write(Object tree) {
        try {
            return JsonOutput.escapeLoneSurrogates(
                            PLAIN.writer(JsonOutput.prettyPrinter()).writeValueAsString(tree)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
