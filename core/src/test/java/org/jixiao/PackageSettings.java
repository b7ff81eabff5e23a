// SPDX-License-Identifier: Apache-2.0
package org.jixiao;

/** ApprovalTests settings: approved files live in src/test/resources/&lt;package&gt;/approvals/. */
public class PackageSettings {
    public static String ApprovalBaseDirectory = "../resources";
    public static String UseApprovalSubdirectory = "approvals";
}
