// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

/** ApprovalTests settings: approved files live in src/test/resources/org/jixiao/docx/approvals/. */
public class PackageSettings {
    public static String ApprovalBaseDirectory = "../resources";
    public static String UseApprovalSubdirectory = "approvals";
}
