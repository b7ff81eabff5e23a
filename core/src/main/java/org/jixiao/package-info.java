// SPDX-License-Identifier: Apache-2.0
/**
 * Part of the public jixiao API: the exception type and language choice shared by every module.
 * Nothing in this package accepts or returns null.
 */
package org.jixiao;
