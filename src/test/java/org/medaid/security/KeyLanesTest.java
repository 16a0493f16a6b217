package org.medaid.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ADR 0099: keys wrapped in two lanes; entries written before (one lane, the JDK's PBKDF2) still open and are
 * wrapped again at their next successful login, on real keyring files.
 */
class KeyLanesTest {

    private static final int TEST_ITERATIONS = 100_000;
    private final StoreKey key = StoreKey.random();

    @Test
    void aNewEntryIsInTwoLanesOfHalfTheIterationsAndOpensOnlyWithItsPassword() {
        KeyWrap.Wrapped w = new KeyWrap(TEST_ITERATIONS).wrap(key, "shimen-village-7".toCharArray(), "clerk");
        assertEquals(2, w.laneCount());
        assertEquals(TEST_ITERATIONS / 2, w.iterations());
        assertEquals(TEST_ITERATIONS, w.work());
        assertEquals(key, KeyWrap.unwrap(w, "shimen-village-7".toCharArray(), "clerk").orElseThrow());
        assertTrue(KeyWrap.unwrap(w, "shimen-village-8".toCharArray(), "clerk").isEmpty());
        assertTrue(KeyWrap.unwrap(w, "shimen-village-7".toCharArray(), "admin").isEmpty());
    }

    @Test
    void theLaneKeyIsNeitherBlockAlone() {
        char[] secret = "shimen-village-7".toCharArray();
        byte[] salt = new byte[16];
        byte[] lanes = KeyWrap.derive(secret, salt, 1_000, 2);
        byte[] p = Pbkdf2.passwordBytes(secret);
        assertFalse(java.util.Arrays.equals(lanes, Pbkdf2.block(p, salt, 1_000, 1)));
        assertFalse(java.util.Arrays.equals(lanes, Pbkdf2.block(p, salt, 1_000, 2)));
        assertFalse(java.util.Arrays.equals(lanes, KeyWrap.derive(secret, salt, 1_000, 1)));
    }

    @Test
    void anEntryWrittenBeforeLanesStillOpensAndAsksToBeWrappedAgain() throws Exception {
        KeyWrap.Wrapped old = oneLaneAsBefore(key, "shimen-village-7".toCharArray(), "clerk", TEST_ITERATIONS);
        assertNull(old.lanes());
        assertEquals(key, KeyWrap.unwrap(old, "shimen-village-7".toCharArray(), "clerk").orElseThrow());
        assertTrue(KeyWrap.unwrap(old, "shimen-village-8".toCharArray(), "clerk").isEmpty());
        assertTrue(KeyWrap.needsRewrap(old));
        assertFalse(KeyWrap.needsRewrap(new KeyWrap().wrap(key, "x-password-1".toCharArray(), "clerk")));
        assertTrue(KeyWrap.needsRewrap(new KeyWrap(TEST_ITERATIONS).wrap(key, "x-password-1".toCharArray(), "clerk")),
                "fewer iterations than today's");
    }

    @Test
    void entriesWithUnknownLanesOrTooLittleWorkDoNotOpen() {
        KeyWrap.Wrapped w = new KeyWrap(TEST_ITERATIONS).wrap(key, "shimen-village-7".toCharArray(), "clerk");
        char[] secret = "shimen-village-7".toCharArray();
        assertTrue(KeyWrap.unwrap(new KeyWrap.Wrapped(w.salt(), w.iterations(), w.nonce(), w.sealed(), 3), secret, "clerk").isEmpty());
        assertTrue(KeyWrap.unwrap(new KeyWrap.Wrapped(w.salt(), w.iterations(), w.nonce(), w.sealed(), 0), secret, "clerk").isEmpty());
        assertTrue(KeyWrap.unwrap(new KeyWrap.Wrapped(w.salt(), 49_999, w.nonce(), w.sealed(), 2), secret, "clerk").isEmpty());
    }

    @Test
    void theFirstLoginWrapsAnOldEntryAgainInLanesAndAWrongPasswordChangesNothing(@TempDir Path dir) throws Exception {
        // a keyring exactly as the desk wrote it before ADR 0099
        Keyring before = new Keyring(Keyring.FORMAT_1, key.id(), java.util.Map.of(
                "clerk", oneLaneAsBefore(key, "shimen-village-7".toCharArray(), "clerk", TEST_ITERATIONS),
                "admin", oneLaneAsBefore(key, "admin-pass-77".toCharArray(), "admin", TEST_ITERATIONS)), true);
        Files.write(dir.resolve(Keyring.FILE), new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(before));
        String json = Files.readString(dir.resolve(Keyring.FILE), StandardCharsets.UTF_8);
        assertTrue(json.contains("medaid-keyring/1") && !json.contains("lanes"), json);
        LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());

        assertInstanceOf(KeyringLogin.Wrong.class, new KeyringLogin(dir, throttle).unlock("clerk", "wrong-pass-1".toCharArray()));
        assertEquals(json, Files.readString(dir.resolve(Keyring.FILE), StandardCharsets.UTF_8), "a wrong password rewraps nothing");

        KeyringLogin.Outcome in = new KeyringLogin(dir, throttle).unlock("CLERK", "shimen-village-7".toCharArray());
        assertEquals(key, ((KeyringLogin.Unlocked) in).key());
        Keyring after = Keyring.read(dir).orElseThrow();
        assertTrue(Files.readString(dir.resolve(Keyring.FILE)).contains("\"" + Keyring.FORMAT + "\""), "written as the new format");
        assertEquals(2, after.entries().get("clerk").laneCount());
        assertNotEquals(before.entries().get("clerk").salt(), after.entries().get("clerk").salt(), "a fresh salt");
        assertEquals(before.entries().get("admin"), after.entries().get("admin"), "another user's entry is left");
        assertTrue(after.recoveryConfirmed());
        // the new entry opens with the same password, the old password of the other user still opens too
        assertInstanceOf(KeyringLogin.Unlocked.class, new KeyringLogin(dir, throttle).unlock("clerk", "shimen-village-7".toCharArray()));
        assertInstanceOf(KeyringLogin.Unlocked.class, new KeyringLogin(dir, throttle).unlock("admin", "admin-pass-77".toCharArray()));
        assertEquals(2, Keyring.read(dir).orElseThrow().entries().get("admin").laneCount());
    }

    @Test
    void aKeyringOfAnotherFormatIsRefused() {
        byte[] json = "{\"format\":\"medaid-keyring/3\",\"keyId\":\"k\",\"entries\":{}}".getBytes(StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> Keyring.parse(json));
    }

    /** The wrap as KeyWrap did it before ADR 0099, line for line: the JDK's PBKDF2 (256 bits), then AES-GCM. */
    static KeyWrap.Wrapped oneLaneAsBefore(StoreKey key, char[] secret, String name, int iterations) throws Exception {
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[16];
        byte[] nonce = new byte[12];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, 256);
        byte[] k = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(k, "AES"), new GCMParameterSpec(128, nonce));
        c.updateAAD(("medaid-keyring/1|" + name).getBytes(StandardCharsets.UTF_8));
        Base64.Encoder e = Base64.getEncoder();
        return new KeyWrap.Wrapped(e.encodeToString(salt), iterations, e.encodeToString(nonce),
                e.encodeToString(c.doFinal(key.bytes())));
    }
}
