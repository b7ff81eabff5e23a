// SPDX-License-Identifier: Apache-2.0
package org.jixiao;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file could not be written ({@code file.unwritable}); the file, if it existed, is as it was. The
 * message names the file and the operating system's reason, in Chinese and English; {@link #getCause()}
 * is the {@link IOException}, for callers that word the reason themselves.
 *
 * @since 0.2.0
 */
public class FileWriteException extends JixiaoException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public FileWriteException(Path file, IOException cause) {
        super(
                "file.unwritable",
                "无法写入 " + file + "：" + reason(cause) + "。请检查文件夹是否存在、是否有写入权限、磁盘是否已满。",
                "cannot write " + file + ": " + reason(cause)
                        + ". Check that the folder exists and is writable, and that the disk is not full.",
                Objects.requireNonNull(cause, "cause"));
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The file that was to be written. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized IOException getCause() {
        return (IOException) super.getCause();
    }

    private static String reason(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
