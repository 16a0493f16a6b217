package org.medaid.bench;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Locale;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FileUtils;
import org.h2.store.fs.encrypt.FilePathEncrypt;
import org.medaid.store.crypt.AesFilePath;

/**
 * ADR 0107: the store's encryption alone, in MB/s, on H2's in-memory file system (no disk): 4,096-byte sectors written
 * and read back, in 256 KB writes as H2 writes a chunk, through H2's own {@code CIPHER=AES} file ({@code encrypt:}) and
 * through {@link AesFilePath}; beside them, in the same run, the floor: the JDK's AES-128 in ECB mode over the same
 * bytes (the cipher with no XTS tweak and no file). Each line is the best of ROUNDS passes over MB megabytes, after one
 * unmeasured pass. Run: {@code java -cp "target/test-classes:target/classes:$(cat cp.txt)"
 * org.medaid.bench.SectorCipherBenchmark [MB] [ROUNDS]}.
 */
public final class SectorCipherBenchmark {

    private static final int WRITE = 256 * 1024;

    private SectorCipherBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int mb = args.length > 0 ? Integer.parseInt(args[0]) : 128;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf(Locale.ROOT, "java %s, %d cores, %d MB a pass, best of %d%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), mb, rounds);
        char[] password = "0123456789abcdef0123456789abcdef".toCharArray();
        FilePathEncrypt.register();
        byte[] data = new byte[WRITE];
        new Random(1).nextBytes(data);
        long bytes = (long) mb << 20;
        double[] floor = best(rounds, () -> ecb(data, bytes));
        double[] h2 = best(rounds, () -> file("encrypt:" + new String(password) + ":memFS:/bench-h2/f", data, bytes));
        double[] ours = best(rounds, () -> file(AesFilePath.name("memFS:/bench-jdk/f", password), data, bytes));
        print("floor: JDK AES-ECB, no tweak, no file", floor, floor);
        print("H2's CIPHER=AES file (before)", h2, floor);
        print("AesFilePath (ADR 0107)", ours, floor);
    }

    private interface Pass {
        long[] run() throws Exception;
    }

    /** {write MB/s, read MB/s}, the best of the rounds. */
    private static double[] best(int rounds, Pass pass) throws Exception {
        pass.run();
        double w = 0;
        double r = 0;
        for (int i = 0; i < rounds; i++) {
            long[] ns = pass.run();
            w = Math.max(w, ns[2] / 1e6 / (ns[0] / 1e9));
            r = Math.max(r, ns[2] / 1e6 / (ns[1] / 1e9));
        }
        return new double[] {w, r};
    }

    private static long[] ecb(byte[] data, long bytes) throws Exception {
        SecretKeySpec key = new SecretKeySpec(new byte[16], "AES");
        Cipher enc = Cipher.getInstance("AES/ECB/NoPadding");
        enc.init(Cipher.ENCRYPT_MODE, key);
        Cipher dec = Cipher.getInstance("AES/ECB/NoPadding");
        dec.init(Cipher.DECRYPT_MODE, key);
        byte[] buf = data.clone();
        long t0 = System.nanoTime();
        for (long done = 0; done < bytes; done += buf.length) {
            enc.doFinal(buf, 0, buf.length, buf, 0);
        }
        long t1 = System.nanoTime();
        for (long done = 0; done < bytes; done += buf.length) {
            dec.doFinal(buf, 0, buf.length, buf, 0);
        }
        return new long[] {t1 - t0, System.nanoTime() - t1, bytes};
    }

    private static long[] file(String name, byte[] data, long bytes) throws Exception {
        FileUtils.delete(name);
        try (FileChannel c = FilePath.get(name).open("rw")) {
            long t0 = System.nanoTime();
            for (long at = 0; at < bytes; at += data.length) {
                ByteBuffer src = ByteBuffer.wrap(data);
                while (src.hasRemaining()) {
                    c.write(src, at + src.position());
                }
            }
            long t1 = System.nanoTime();
            ByteBuffer dst = ByteBuffer.allocate(data.length);
            for (long at = 0; at < bytes; at += data.length) {
                dst.clear();
                while (dst.hasRemaining()) {
                    c.read(dst, at + dst.position());
                }
            }
            return new long[] {t1 - t0, System.nanoTime() - t1, bytes};
        } finally {
            FileUtils.delete(name);
        }
    }

    private static void print(String what, double[] mbs, double[] floor) {
        System.out.printf(Locale.ROOT, "%-40s write %,7.0f MB/s (%.1f× the floor's time), read %,7.0f MB/s (%.1f×)%n", what,
                mbs[0], floor[0] / mbs[0], mbs[1], floor[1] / mbs[1]);
    }
}
