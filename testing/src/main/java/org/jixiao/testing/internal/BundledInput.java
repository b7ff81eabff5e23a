// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.internal;

import java.io.InputStream;
import java.io.Reader;
import org.w3c.dom.ls.LSInput;

/**
 * A bundled schema handed to the schema compiler: its bytes, and its classpath URL as system id so
 * that its own relative imports resolve. Read-only; the setters the interface requires do nothing.
 */
final class BundledInput implements LSInput {
    private final InputStream bytes;
    private final String systemId;

    BundledInput(InputStream bytes, String systemId) {
        this.bytes = bytes;
        this.systemId = systemId;
    }

    @Override
    public InputStream getByteStream() {
        return bytes;
    }

    @Override
    public String getSystemId() {
        return systemId;
    }

    @Override
    public Reader getCharacterStream() {
        return null;
    }

    @Override
    public String getStringData() {
        return null;
    }

    @Override
    public String getPublicId() {
        return null;
    }

    @Override
    public String getBaseURI() {
        return null;
    }

    @Override
    public String getEncoding() {
        return null;
    }

    @Override
    public boolean getCertifiedText() {
        return false;
    }

    @Override
    public void setCharacterStream(Reader characterStream) {}

    @Override
    public void setByteStream(InputStream byteStream) {}

    @Override
    public void setStringData(String stringData) {}

    @Override
    public void setSystemId(String systemId) {}

    @Override
    public void setPublicId(String publicId) {}

    @Override
    public void setBaseURI(String baseURI) {}

    @Override
    public void setEncoding(String encoding) {}

    @Override
    public void setCertifiedText(boolean certifiedText) {}
}
