package org.activationlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The published test vectors of FIPS 180-2 (SHA-256 of "abc" and of the empty message). */
class Sha256Test {
    @Test
    void matchesThePublishedVectors() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(new byte[0]));
        assertEquals("ba7816bf8f01cfea414140de", Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII), 12), "a prefix of whole bytes");
    }
}
