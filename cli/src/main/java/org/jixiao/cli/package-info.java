// SPDX-License-Identifier: Apache-2.0
/**
 * The jixiao command line, an application and not an API: only {@link org.jixiao.cli.Main} is public,
 * and its exit codes and output formats (README, "Command line") are the contract. Nothing in this
 * package accepts or returns null unless its Javadoc says so.
 */
package org.jixiao.cli;
