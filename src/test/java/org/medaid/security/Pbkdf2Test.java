package org.medaid.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * ADR 0099: the desk's PBKDF2-HMAC-SHA256 gives the JDK's {@code PBKDF2WithHmacSHA256} bit for bit, block 1 and
 * block 2 (the JDK's 512-bit output split in two), for passwords in any script and of any length (HMAC hashes a
 * key longer than its 64-byte block first).
 */
class Pbkdf2Test {

    @Property(tries = 60)
    void bothBlocksAreTheJdksOutput(@ForAll("passwords") String password, @ForAll @Size(min = 1, max = 40) byte[] salt,
            @ForAll @IntRange(min = 1, max = 2_000) int iterations) throws Exception {
        byte[] jdk = jdk(password.toCharArray(), salt, iterations, 512);
        byte[] bytes = Pbkdf2.passwordBytes(password.toCharArray());
        assertArrayEquals(Arrays.copyOfRange(jdk, 0, 32), Pbkdf2.block(bytes, salt, iterations, 1), "block 1");
        assertArrayEquals(Arrays.copyOfRange(jdk, 32, 64), Pbkdf2.block(bytes, salt, iterations, 2), "block 2");
    }

    @Test
    void aLongChinesePasswordAndTheProductionCountMatchTheJdk() throws Exception {
        char[] password = "石门村卫生室-收费处-二〇二六年冬-临时口令-甲乙丙丁戊己庚辛壬癸".toCharArray();
        byte[] salt = "medaid-salt-0001".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertArrayEquals(jdk(password, salt, KeyWrap.ITERATIONS, 256),
                Pbkdf2.block(Pbkdf2.passwordBytes(password), salt, KeyWrap.ITERATIONS, 1));
    }

    @Test
    void rfc7914TestVectorForPbkdf2HmacSha256() {
        // RFC 7914 §11: PBKDF2-HMAC-SHA256 (P="passwd", S="salt", c=1, dkLen=64)
        byte[] expected = java.util.HexFormat.of().parseHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
        byte[] p = "passwd".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] s = "salt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertArrayEquals(Arrays.copyOfRange(expected, 0, 32), Pbkdf2.block(p, s, 1, 1));
        assertArrayEquals(Arrays.copyOfRange(expected, 32, 64), Pbkdf2.block(p, s, 1, 2));
    }

    @Test
    void noIterationsOrNoBlockIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Pbkdf2.block(new byte[] {1}, new byte[] {1}, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Pbkdf2.block(new byte[] {1}, new byte[] {1}, 1, 0));
    }

    @Provide
    Arbitrary<String> passwords() {
        return Arbitraries.oneOf(Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(90),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(40),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30));
    }

    private static byte[] jdk(char[] password, byte[] salt, int iterations, int bits) throws Exception {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    }
}
