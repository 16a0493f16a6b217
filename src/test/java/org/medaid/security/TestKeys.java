package org.medaid.security;

import java.util.HexFormat;

/** A store key handed to a child process as hex on its command line: for tests that kill a process. */
public final class TestKeys {

    private TestKeys() {
    }

    public static String hex(StoreKey key) {
        return HexFormat.of().formatHex(key.bytes());
    }

    public static StoreKey of(String hex) {
        return StoreKey.of(HexFormat.of().parseHex(hex));
    }
}
