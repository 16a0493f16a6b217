package org.medaid.app;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.medaid.calc.BillResult;
import org.medaid.calc.Calculator;
import org.medaid.calc.Tier;
import org.medaid.model.Bill;
import org.medaid.model.BillKind;
import org.medaid.model.CaseFile;
import org.medaid.model.Category;
import org.medaid.model.CategorySpan;
import org.medaid.model.HospitalLevel;
import org.medaid.model.Insurance;
import org.medaid.model.Location;
import org.medaid.model.Person;
import org.medaid.policy.PolicyRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --self-test}: proves an installed copy works without a window: every policy file loads, a
 * known case settles to the known amounts, and, where the desk offers one, its own headless check runs
 * (store migration, main window built off screen). Exit 0 when all pass.
 */
final class SelfTest {

    private static final Logger LOG = LoggerFactory.getLogger(SelfTest.class);

    private SelfTest() {
    }

    /** A part of the self-test that may fail with any exception (the desk's check is called by reflection). */
    interface Check {
        void run(PrintStream out) throws Exception;
    }

    static int run(PrintStream out, PrintStream err) {
        return run(out, err, SelfTest::deskCheck);
    }

    /**
     * Runs the checks; a failure prints its cause (never the reflection wrapper) with the whole stack trace,
     * causes included, on {@code err} and in the log.
     */
    static int run(PrintStream out, PrintStream err, Check desk) {
        try {
            PolicyRegistry registry = PolicyRegistry.bundled();
            out.println("policies: " + registry.all().size() + " loaded");
            BillResult r = new Calculator(registry).calculate(linyiExample()).bills().get(0);
            check(r.paid(Tier.criticalIllness), "12350.00", "critical illness");
            check(r.paid(Tier.assistance), "8855.00", "assistance");
            check(r.selfPay(), "8795.00", "self pay");
            out.println("calculator: linyi-2022 example settles as documented");
            desk.run(out);
            out.println("self-test ok");
            LOG.info("self-test ok");
            return 0;
        } catch (Exception | Error e) {
            Throwable cause = cause(e);
            err.println("self-test failed: " + cause);
            cause.printStackTrace(err);
            err.flush();
            LOG.error("self-test failed", cause);
            return 1;
        }
    }

    /** The failure behind reflection's wrapper. */
    static Throwable cause(Throwable e) {
        Throwable t = e;
        while (t instanceof InvocationTargetException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The desk's own headless check, when the desk is part of this build. */
    private static void deskCheck(PrintStream out) throws ReflectiveOperationException {
        Class<?> desk;
        try {
            desk = Class.forName("org.medaid.desk.DeskSelfTest");
        } catch (ClassNotFoundException e) {
            out.println("desk: not part of this build");
            return;
        }
        Method m = desk.getMethod("run", PrintStream.class);
        m.invoke(null, out);
    }

    private static void check(BigDecimal actual, String expected, String what) {
        if (actual.compareTo(new BigDecimal(expected)) != 0) {
            throw new IllegalStateException(what + ": expected " + expected + ", got " + actual);
        }
    }

    /** The example of docs/case-file.md: 低保 in 临沂, 2022. */
    private static CaseFile linyiExample() {
        Person p = new Person("371302", Insurance.RESIDENT,
                List.of(new CategorySpan(Category.MINIMUM_LIVING, LocalDate.of(2022, 5, 10), null)));
        Bill b = new Bill("b1", null, BillKind.INPATIENT, LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 12),
                HospitalLevel.COUNTY, Location.IN_COUNTY, false, null, false, new BigDecimal("60000.00"),
                new BigDecimal("3000.00"), new BigDecimal("2000.00"), BigDecimal.ZERO, new BigDecimal("30000.00"), null, null);
        return new CaseFile(p, List.of(b), null);
    }
}
