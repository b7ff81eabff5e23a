// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx;

/** ApprovalTests: approved files live in {@code src/test/resources/<package>/approvals/}. */
public class PackageSettings {
    public static String ApprovalBaseDirectory = "../resources";
    public static String UseApprovalSubdirectory = "approvals";
}
