package org.activationlab.io;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests in lower-case hex: file digests and cell ids. */
public final class Sha256 {
    private Sha256() {
    }

    /** The whole digest of {@code bytes} (64 hex digits). */
    public static String hex(byte[] bytes) {
        return hex(bytes, 32);
    }

    /** The first {@code prefixBytes} bytes of the digest of {@code bytes}, in hex: enough for a name. */
    public static String hex(byte[] bytes, int prefixBytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, prefixBytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
