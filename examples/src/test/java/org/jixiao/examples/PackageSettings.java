// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples;

/** ApprovalTests: approved files live in src/test/resources/org/jixiao/examples/approvals/. */
public class PackageSettings {
    public static String ApprovalBaseDirectory = "../resources";
    public static String UseApprovalSubdirectory = "approvals";
}
