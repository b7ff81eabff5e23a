// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.util.concurrent.Callable;
import org.jixiao.json.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jixiao schema}: the JSON Schema of a report, for forms and editors. */
@Command(name = "schema", abbreviateSynopsis = true)
final class SchemaCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String schema = ReportJson.schema();
        JixiaoCommand.of(spec).terminal().out().print(schema.endsWith("\n") ? schema : schema + "\n");
        return ExitCode.OK;
    }
}
