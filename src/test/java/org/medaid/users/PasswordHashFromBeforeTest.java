package org.medaid.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/**
 * ADR 0099: the stored password hashes are derived by the desk's own PBKDF2 now; a hash stored before, made by the
 * JDK's PBKDF2WithHmacSHA256, still matches its password and no other, and a new hash is the JDK's bytes.
 */
class PasswordHashFromBeforeTest {

    @Test
    void aHashMadeByTheJdkStillMatchesAndANewOneIsTheJdksBytes() throws Exception {
        char[] password = "石门村-经办-2026".toCharArray();
        byte[] salt = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Base64.Encoder b64 = Base64.getEncoder();
        PasswordHasher.Hash before = new PasswordHasher.Hash(b64.encodeToString(jdk(password, salt, 120_000)),
                b64.encodeToString(salt), 120_000);
        PasswordHasher hasher = new PasswordHasher(120_000);
        assertTrue(hasher.matches(password, before));
        assertFalse(hasher.matches("石门村-经办-2027".toCharArray(), before));

        PasswordHasher.Hash made = hasher.hash(password);
        assertEquals(made.hash(), b64.encodeToString(jdk(password, Base64.getDecoder().decode(made.salt()), made.iterations())));
    }

    private static byte[] jdk(char[] password, byte[] salt, int iterations) throws Exception {
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password, salt, iterations, 256)).getEncoded();
    }
}
