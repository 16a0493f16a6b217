package org.medaid.store.crypt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sector cipher of H2's encrypted file format (ADR 0107), done by the JDK's AES, which runs on the processor's
 * AES instructions: each 4,096-byte sector is XTS-encrypted with one AES-128 key that also encrypts the tweak. The
 * tweak of sector {@code n} is AES(n as 16 little-endian bytes); it is multiplied by x in GF(2^128) (a little-endian
 * shift, 0x87 fed back) for each following 16-byte block. H2's own {@code AES} class does the same in plain Java,
 * one block at a time; here a whole sector goes to the JDK in one call. Safe for use from many threads.
 */
final class AesXts {

    static final int SECTOR = 4096;
    private static final int BLOCK = 16;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final SecretKeySpec key;
    private final ConcurrentLinkedQueue<Cipher> encrypters = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Cipher> decrypters = new ConcurrentLinkedQueue<>();

    AesXts(byte[] key16) {
        if (key16.length != 16) {
            throw new IllegalArgumentException("AES-128 needs a 16-byte key, not " + key16.length);
        }
        this.key = new SecretKeySpec(key16, "AES");
        encrypters.add(cipher(Cipher.ENCRYPT_MODE));
    }

    /** Encrypts {@code len} bytes (whole sectors) of {@code data} from {@code offset} in place; the first is sector {@code sector}. */
    void encrypt(long sector, byte[] data, int offset, int len) {
        crypt(sector, data, offset, len, true);
    }

    /** Decrypts {@code len} bytes (whole sectors) of {@code data} from {@code offset} in place. */
    void decrypt(long sector, byte[] data, int offset, int len) {
        crypt(sector, data, offset, len, false);
    }

    private void crypt(long sector, byte[] data, int offset, int len, boolean encrypt) {
        if (len % SECTOR != 0) {
            throw new IllegalArgumentException("not whole sectors: " + len);
        }
        int sectors = len / SECTOR;
        byte[] tweaks = new byte[sectors * BLOCK];
        for (int s = 0; s < sectors; s++) {
            long n = sector + s;
            for (int j = 0; j < 8; j++) {
                tweaks[s * BLOCK + j] = (byte) (n >>> (8 * j));
            }
        }
        Cipher enc = take(encrypters, Cipher.ENCRYPT_MODE);
        Cipher dec = encrypt ? enc : take(decrypters, Cipher.DECRYPT_MODE);
        try {
            enc.doFinal(tweaks, 0, tweaks.length, tweaks, 0);
            long[] mask = new long[SECTOR / 8];
            for (int s = 0; s < sectors; s++) {
                fillMask(mask, tweaks, s * BLOCK);
                int at = offset + s * SECTOR;
                xor(data, at, mask);
                dec.doFinal(data, at, SECTOR, data, at);
                xor(data, at, mask);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES failed: " + e.getMessage(), e);
        } finally {
            encrypters.offer(enc);
            if (!encrypt) {
                decrypters.offer(dec);
            }
        }
    }

    /**
     * The tweak of every 16-byte block of one sector, as little-endian longs, from the sector's encrypted tweak:
     * each is the one before times x, a 128-bit little-endian shift left with 0x87 fed back.
     */
    private static void fillMask(long[] mask, byte[] tweaks, int from) {
        long lo = (long) LONGS.get(tweaks, from);
        long hi = (long) LONGS.get(tweaks, from + 8);
        for (int i = 0; i < mask.length; i += 2) {
            mask[i] = lo;
            mask[i + 1] = hi;
            long carry = hi >>> 63;
            hi = (hi << 1) | (lo >>> 63);
            lo = (lo << 1) ^ (carry * 0x87L);
        }
    }

    private static void xor(byte[] data, int at, long[] mask) {
        for (int i = 0; i < mask.length; i++) {
            int p = at + 8 * i;
            LONGS.set(data, p, (long) LONGS.get(data, p) ^ mask[i]);
        }
    }

    private Cipher take(ConcurrentLinkedQueue<Cipher> pool, int mode) {
        Cipher c = pool.poll();
        return c != null ? c : cipher(mode);
    }

    private Cipher cipher(int mode) {
        try {
            Cipher c = Cipher.getInstance("AES/ECB/NoPadding");
            c.init(mode, key);
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no AES: " + e.getMessage(), e);
        }
    }
}
