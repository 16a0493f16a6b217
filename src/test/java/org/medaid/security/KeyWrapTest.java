package org.medaid.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyWrapTest {

    private final KeyWrap wrap = new KeyWrap(100_000);
    private final StoreKey key = StoreKey.random();

    @Test
    void theRightPasswordUnwrapsTheKeyAWrongOneOrAnotherEntryNameDoesNot() {
        KeyWrap.Wrapped w = wrap.wrap(key, "shimen-village-7".toCharArray(), "clerk");
        assertEquals(key, KeyWrap.unwrap(w, "shimen-village-7".toCharArray(), "clerk").orElseThrow());
        assertTrue(KeyWrap.unwrap(w, "shimen-village-8".toCharArray(), "clerk").isEmpty());
        assertTrue(KeyWrap.unwrap(w, "shimen-village-7".toCharArray(), "admin").isEmpty(), "an entry moved to another name");
    }

    @Test
    void theKeyringHoldsNoSecretInClear(@TempDir Path dir) throws Exception {
        new KeyringWriter(dir, wrap).setPassword(key, "clerk", "shimen-village-7".toCharArray());
        String code = new KeyringWriter(dir, wrap).newRecoveryCode(key);
        String json = Files.readString(dir.resolve(Keyring.FILE), StandardCharsets.UTF_8);
        assertFalse(json.contains("shimen-village-7"));
        assertFalse(json.contains(code) || json.contains(code.replace("-", "")));
        assertFalse(json.contains(new String(key.filePassword())));
        assertEquals(key.id(), Keyring.read(dir).orElseThrow().keyId());
    }

    @Test
    void recoveryCodesForgiveCaseSpacesAndLookAlikes() {
        String code = RecoveryCode.generate();
        assertTrue(RecoveryCode.looksValid(code));
        assertEquals(new String(RecoveryCode.normalize(code)),
                new String(RecoveryCode.normalize(" " + code.toLowerCase().replace('-', ' ').replace('0', 'o').replace('1', 'l'))));
        assertFalse(RecoveryCode.looksValid("ABCDE-FGHJK"));
    }

    @Test
    void theDelayStartsAfterFiveWrongPasswordsDoublesAndStopsAtFifteenMinutes() {
        assertEquals(Duration.ZERO, LoginThrottle.delayAfter(4));
        assertEquals(Duration.ofSeconds(30), LoginThrottle.delayAfter(5));
        assertEquals(Duration.ofSeconds(60), LoginThrottle.delayAfter(6));
        assertEquals(Duration.ofSeconds(480), LoginThrottle.delayAfter(9));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.delayAfter(10));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.delayAfter(500));
    }
}
