// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help} for a subcommand ({@code --version} is the root's only). */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;
}
