// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

/** ApprovalTests: approved files live in {@code src/test/resources/org/jixiao/cli/approvals/}. */
public class PackageSettings {
    public static String ApprovalBaseDirectory = "../resources";
    public static String UseApprovalSubdirectory = "approvals";
}
