package org.medaid.desk.bills;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.medaid.bills.BillDraft;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.MoneyText;
import org.medaid.desk.common.Texts;
import org.medaid.model.BillKind;
import org.medaid.model.HospitalLevel;
import org.medaid.model.Location;

/**
 * The bill form's fields as the clerk types them, from the national settlement record (医保结算 2304), and
 * how they become a {@link BillDraft}. Text that is not a date or an amount is said here, per field;
 * everything else about a bill is the bill validator's to say.
 */
public final class BillFormViewModel {

    /** Field names, as {@code BillProblem.field()} names them. */
    static final String HOSPITAL = "hospitalName";
    static final String ADMITTED = "admitted";
    static final String DISCHARGED = "discharged";
    static final String TOTAL = "total";
    static final String OUT_OF_CATALOG = "outOfCatalog";
    static final String OVER_LIMIT = "overLimit";
    static final String CLASS_B = "classBSelfPay";
    static final String BASIC = "basic";
    static final String CRITICAL = "criticalIllness";
    static final String TILT = "tiltApproved";
    static final String KIND = "kind";
    static final String DIAGNOSIS = "diagnosis";
    static final String SPECIAL = "specialDisease";
    /** The inputs of POLICY-NOTES §7 and §8 (V23): what the hospital settled one-stop, a supplementary insurance. */
    static final String SETTLED_ASSISTANCE = "assistance";
    static final String SETTLED_RE_ASSISTANCE = "reAssistance";
    static final String SUPPLEMENTARY = "supplementaryInsurance";
    static final String CATALOG_APPROVED = "outOfCatalogApproved";
    static final String REFERRED_FROM = "referredFrom";
    /** Every field that can carry a message, in the form's order. */
    static final List<String> FIELDS = List.of(HOSPITAL, KIND, ADMITTED, DISCHARGED, DIAGNOSIS, SPECIAL, REFERRED_FROM,
            CATALOG_APPROVED, TOTAL, OUT_OF_CATALOG, OVER_LIMIT, CLASS_B, BASIC, CRITICAL, TILT, SETTLED_ASSISTANCE,
            SETTLED_RE_ASSISTANCE, SUPPLEMENTARY);
    static final List<String> AMOUNTS = List.of(TOTAL, OUT_OF_CATALOG, OVER_LIMIT, CLASS_B, BASIC, CRITICAL, TILT,
            SETTLED_ASSISTANCE, SETTLED_RE_ASSISTANCE, SUPPLEMENTARY);

    final StringProperty hospitalName = new SimpleStringProperty("");
    final ObjectProperty<HospitalLevel> hospitalLevel = new SimpleObjectProperty<>(HospitalLevel.COUNTY);
    final ObjectProperty<Location> location = new SimpleObjectProperty<>(Location.IN_COUNTY);
    final BooleanProperty referred = new SimpleBooleanProperty();
    final ObjectProperty<BillKind> kind = new SimpleObjectProperty<>(BillKind.INPATIENT);
    final StringProperty admitted = new SimpleStringProperty("");
    final StringProperty discharged = new SimpleStringProperty("");
    final StringProperty diagnosis = new SimpleStringProperty("");
    final StringProperty specialDisease = new SimpleStringProperty("");
    final BooleanProperty applicationApproved = new SimpleBooleanProperty();
    /** 广西 三(五): the out-of-catalogue share of this special case was approved (特殊病例). */
    final BooleanProperty outOfCatalogApproved = new SimpleBooleanProperty();
    /** 邵医保发〔2021〕32号 四(十二): the id of the earlier stay this referred stay continues, or null. */
    final ObjectProperty<Long> referredFrom = new SimpleObjectProperty<>();
    final Map<String, StringProperty> amounts = new LinkedHashMap<>();

    BillFormViewModel() {
        for (String a : AMOUNTS) {
            amounts.put(a, new SimpleStringProperty(""));
        }
    }

    /** The draft as typed, and what in it is not a date or an amount. */
    record Parsed(BillDraft draft, Map<String, String> problems) {
    }

    Parsed parse(long personId, Texts text) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate in = date(admitted.get(), ADMITTED, problems, text);
        LocalDate out = date(discharged.get(), DISCHARGED, problems, text);
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        for (Map.Entry<String, StringProperty> e : amounts.entrySet()) {
            String typed = e.getValue().get();
            if (MoneyText.invalid(typed)) {
                problems.put(e.getKey(), text.format("bill.error.amount", text.get("bill.field." + e.getKey()), typed.strip()));
            }
            v.put(e.getKey(), MoneyText.parse(typed).orElse(null));
        }
        // An outpatient visit has one date: typed as 就诊日期 in the admission field, it settles on that day.
        BillDraft d = new BillDraft(personId, kind.get(), in, out, hospitalName.get(), hospitalLevel.get(), location.get(),
                referred.get(), diagnosis.get(), specialDisease.get(), applicationApproved.get(), v.get(TOTAL),
                v.get(OUT_OF_CATALOG), v.get(CLASS_B), v.get(OVER_LIMIT), v.get(BASIC), v.get(CRITICAL), v.get(TILT))
                .withSecondAudit(outOfCatalogApproved.get(), v.get(SUPPLEMENTARY), v.get(SETTLED_ASSISTANCE),
                        v.get(SETTLED_RE_ASSISTANCE), referredFrom.get());
        return new Parsed(d, problems);
    }

    private static LocalDate date(String typed, String field, Map<String, String> problems, Texts text) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Optional<LocalDate> d = Formats.parseDate(typed);
        if (d.isEmpty()) {
            problems.put(field, text.format("bill.error.date", text.get("bill.field." + field), typed.strip()));
            return null;
        }
        return d.get();
    }

    /** Fills the form from a stored bill (a correction starts from it). */
    void fill(BillDraft d) {
        hospitalName.set(orEmpty(d.hospitalName()));
        hospitalLevel.set(d.hospitalLevel());
        location.set(d.location());
        referred.set(d.referred());
        kind.set(d.kind());
        admitted.set(Formats.date(d.admitted()));
        discharged.set(Formats.date(d.discharged()));
        diagnosis.set(orEmpty(d.diagnosis()));
        specialDisease.set(orEmpty(d.specialDisease()));
        applicationApproved.set(d.applicationApproved());
        amounts.get(TOTAL).set(MoneyText.format(d.total()));
        amounts.get(OUT_OF_CATALOG).set(zeroBlank(d.outOfCatalog()));
        amounts.get(OVER_LIMIT).set(zeroBlank(d.overLimit()));
        amounts.get(CLASS_B).set(zeroBlank(d.classBSelfPay()));
        amounts.get(BASIC).set(MoneyText.format(d.basic()));
        amounts.get(CRITICAL).set(MoneyText.format(d.criticalIllness()));
        amounts.get(TILT).set(MoneyText.format(d.tiltApproved()));
        outOfCatalogApproved.set(d.outOfCatalogApproved());
        referredFrom.set(d.referredFrom());
        amounts.get(SETTLED_ASSISTANCE).set(MoneyText.format(d.assistance()));
        amounts.get(SETTLED_RE_ASSISTANCE).set(MoneyText.format(d.reAssistance()));
        amounts.get(SUPPLEMENTARY).set(MoneyText.format(d.supplementaryInsurance()));
    }

    /** An empty form; the level, place and kind most bills of a township desk have. */
    void clear() {
        fill(new BillDraft(0, BillKind.INPATIENT, null, null, "", HospitalLevel.COUNTY, Location.IN_COUNTY, false, "", "",
                false, null, null, null, null, null, null, null));
    }

    private static String zeroBlank(BigDecimal v) {
        return v == null || v.signum() == 0 ? "" : MoneyText.format(v);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Everything whose change asks for a new computation. */
    Observable[] all() {
        List<Observable> out = new java.util.ArrayList<>(List.of(hospitalName, hospitalLevel, location, referred, kind,
                admitted, discharged, diagnosis, specialDisease, applicationApproved, outOfCatalogApproved, referredFrom));
        out.addAll(amounts.values());
        return out.toArray(Observable[]::new);
    }

    StringProperty amount(String field) {
        return amounts.get(field);
    }

    /** Days in hospital as hospitals count them (discharge minus admission, at least one), or -1. */
    long stayDays() {
        Optional<LocalDate> in = Formats.parseDate(admitted.get());
        Optional<LocalDate> out = Formats.parseDate(discharged.get());
        if (in.isEmpty() || out.isEmpty() || out.get().isBefore(in.get())) {
            return -1;
        }
        return Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(in.get(), out.get()));
    }
}
