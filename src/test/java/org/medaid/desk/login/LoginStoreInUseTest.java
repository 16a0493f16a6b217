package org.medaid.desk.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bench.CrashBenchmark;
import org.medaid.store.Database;
import org.medaid.store.StoreInUseException;
import org.medaid.desk.common.Texts;

/**
 * A data folder held by another desk (another process: H2's file lock) is refused as "in use", typed, with its folder,
 * and the login and the start say so in the clerk's language: the login showed H2's English "the data folder … is in
 * use by another medaid-desk" after 无法检查用户：.
 */
class LoginStoreInUseTest {

    @TempDir
    Path dir;

    @Test
    void aFolderHeldByAnotherProcessIsRefusedAsInUse() throws Exception {
        Path data = dir.resolve("data");
        Database.open(data).close();
        Process holder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                CrashBenchmark.classPath(), Holder.class.getName(), data.toString())).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertEquals("open", line, "the holder did not open the store");
            StoreInUseException e = assertThrows(StoreInUseException.class, () -> Database.open(data).close());
            assertEquals(data, e.folder());
            String sentence = LoginViewModel.storeFailure(Texts.load(Locale.SIMPLIFIED_CHINESE), e);
            assertEquals("数据目录 " + data + " 正被另一个医疗救助结算台使用。请先关闭另一个窗口。", sentence);
            assertTrue(sentence.chars().noneMatch(c -> c >= 'a' && c <= 'z' && !data.toString().contains(String.valueOf((char) c))),
                    "English words on the screen: " + sentence);
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        Database.open(data).close(); // free again once the other desk has closed
    }

    /** The other desk: opens the store, says so, and holds it until its stdin closes. */
    static final class Holder {
        public static void main(String[] args) throws Exception {
            try (Database db = Database.open(Path.of(args[0]))) {
                System.out.println("open");
                System.out.flush();
                System.in.read();
            }
        }
    }
}
