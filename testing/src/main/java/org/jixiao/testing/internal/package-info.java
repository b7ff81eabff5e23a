// SPDX-License-Identifier: Apache-2.0
/**
 * Internal, not API: may change in any release. The bundled schemas, the markup-compatibility
 * preprocessing Word applies before it reads a part, and the validation of one part. Nothing here
 * accepts or returns null unless documented.
 */
package org.jixiao.testing.internal;
