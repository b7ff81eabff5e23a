// SPDX-License-Identifier: Apache-2.0
/** Internal: the bilingual message catalogue every module words its messages with; arguments are non-null. */
package org.jixiao.internal.message;
