// SPDX-License-Identifier: Apache-2.0
package org.jixiao;

/** The languages jixiao writes its messages in. */
public enum Lang {
    /** 中文 (the default). */
    ZH,
    /** English. */
    EN
}
