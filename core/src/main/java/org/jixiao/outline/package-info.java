// SPDX-License-Identifier: Apache-2.0
/**
 * Part of the public jixiao API: outlines (参考提纲) as data. Each finance bureau's notice prescribes
 * its own outline for the report; an {@link org.jixiao.outline.Outline} lists its sections in order,
 * with their headings, whether each is required, and what fills each. Numbering is never part of a
 * heading: it is derived from the section's level when rendering. Outlines are read from JSON files
 * ({@link org.jixiao.outline.Outlines#read(java.io.InputStream)}); jixiao ships several
 * ({@link org.jixiao.outline.Outlines#builtIn()}). Records are immutable; lists are never null.
 */
package org.jixiao.outline;
