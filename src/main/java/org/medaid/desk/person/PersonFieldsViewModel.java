package org.medaid.desk.person;

import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.Texts;
import org.medaid.identity.IdCheck;
import org.medaid.identity.RegionCodes;
import org.medaid.model.Insurance;
import org.medaid.store.PersonRecord;

/**
 * The person form's fields as properties, what is derived from the ID number (birth date, sex, region),
 * and a message binding per field: null while the field is acceptable.
 */
public final class PersonFieldsViewModel {

    final StringProperty name = new SimpleStringProperty("");
    final StringProperty idNumber = new SimpleStringProperty("");
    final ObjectProperty<Long> headId = new SimpleObjectProperty<>();
    final StringProperty headLabel = new SimpleStringProperty("");
    final StringProperty relation = new SimpleStringProperty(Relation.SELF.stored());
    final StringProperty township = new SimpleStringProperty("");
    final StringProperty village = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty bankAccount = new SimpleStringProperty("");
    /** 开户银行 of the account. */
    final StringProperty bankName = new SimpleStringProperty("");
    final ObjectProperty<Insurance> insurance = new SimpleObjectProperty<>(Insurance.RESIDENT);
    final StringProperty enrolmentYear = new SimpleStringProperty("");

    /** The enrolled person's stored policy region; null for a person not yet saved. */
    final ObjectProperty<String> storedRegion = new SimpleObjectProperty<>();
    /**
     * The policy region (户籍地区代码, 临医保发〔2022〕13号 四) as typed: for a new person it follows the ID number's
     * first six digits until the clerk types another; for an enrolled person it starts at the stored one (ADR 0066).
     */
    final StringProperty regionCode = new SimpleStringProperty("");
    /** Why an enrolled person's policy region changes (户口迁移 …); asked only when it changes. */
    final StringProperty regionReason = new SimpleStringProperty("");
    final BooleanBinding regionChanged;
    final StringBinding regionError;
    final StringBinding regionReasonError;
    final ObjectBinding<IdCheck> idCheck;
    final StringBinding birthDate;
    final StringBinding sex;
    final StringBinding regionName;
    final StringBinding nameError;
    final StringBinding idError;
    final StringBinding relationError;
    final StringBinding phoneError;
    final StringBinding bankError;
    final StringBinding yearError;
    final BooleanBinding valid;

    PersonFieldsViewModel(PersonChecks checks, RegionCodes regions, Texts texts, Supplier<LocalDate> today) {
        idCheck = Bindings.createObjectBinding(() -> checks.id(idNumber.get(), today.get()), idNumber);
        idCheck.addListener((o, a, b) -> {
            // a new person's region follows the ID number while the clerk has not typed another
            if (storedRegion.get() == null && (regionCode.get().isBlank() || regionCode.get().equals(proposal(a)))) {
                regionCode.set(nz(proposal(b)));
            }
        });
        regionChanged = Bindings.createBooleanBinding(() -> storedRegion.get() != null
                && !storedRegion.get().equals(regionCode.get().strip()), storedRegion, regionCode);
        regionError = Bindings.createStringBinding(() -> checks.region(regionCode.get()), regionCode);
        regionReasonError = Bindings.createStringBinding(() -> regionChanged.get() && regionReason.get().isBlank()
                ? texts.get("person.error.regionReason") : null, regionChanged, regionReason);
        birthDate = derived(() -> Formats.date(idCheck.get().birthDate()));
        sex = derived(() -> texts.label(idCheck.get().sex()));
        regionName = Bindings.createStringBinding(() -> regions.find(regionCode.get().strip())
                .map(org.medaid.identity.Region::fullName).orElse(""), regionCode);
        nameError = Bindings.createStringBinding(() -> checks.name(name.get()), name);
        idError = Bindings.createStringBinding(() -> checks.idMessage(idCheck.get()), idCheck);
        relationError = Bindings.createStringBinding(() -> headId.get() != null
                && (relation.get() == null || relation.get().isBlank() || Relation.SELF.stored().equals(relation.get()))
                ? texts.get("person.error.relation") : null, headId, relation);
        phoneError = Bindings.createStringBinding(() -> checks.phone(phone.get()), phone);
        bankError = Bindings.createStringBinding(() -> checks.bankAccount(bankAccount.get()), bankAccount);
        yearError = Bindings.createStringBinding(() -> checks.year(enrolmentYear.get(), today.get()), enrolmentYear);
        valid = Bindings.createBooleanBinding(() -> nameError.get() == null && idError.get() == null
                && relationError.get() == null && phoneError.get() == null && bankError.get() == null
                && yearError.get() == null && insurance.get() != null && regionError.get() == null
                && regionReasonError.get() == null,
                nameError, idError, relationError, phoneError, bankError, yearError, insurance, regionError, regionReasonError);
        headId.addListener((o, a, b) -> {
            if (b == null) {
                relation.set(Relation.SELF.stored());
            } else if (Relation.SELF.stored().equals(relation.get())) {
                relation.set("");
            }
        });
    }

    /** Shown only for a valid ID number; empty otherwise. */
    private StringBinding derived(Supplier<String> text) {
        return Bindings.createStringBinding(() -> idCheck.get().birthDate() == null ? "" : text.get(), idCheck);
    }

    /**
     * The person's policy region (户籍地, 临医保发〔2022〕13号 四) as the form holds it, when it is a known code; else null.
     * Never derived from the ID number for an enrolled person (ADR 0066).
     */
    String region() {
        String code = regionCode.get().strip();
        return regionError.get() == null && !code.isEmpty() ? code : null;
    }

    private static String proposal(IdCheck c) {
        return c != null && c.valid() ? c.regionCode() : null;
    }

    void fill(PersonRecord p, String head) {
        storedRegion.set(p.id() == 0 ? null : p.region());
        regionCode.set(p.id() == 0 ? "" : nz(p.region()));
        regionReason.set("");
        name.set(p.name());
        idNumber.set(p.idNumber());
        headLabel.set(head == null ? "" : head);
        headId.set(p.householdHeadId());
        relation.set(p.relation() == null ? (p.householdHeadId() == null ? Relation.SELF.stored() : "") : p.relation());
        township.set(nz(p.township()));
        village.set(nz(p.village()));
        phone.set(nz(p.phone()));
        bankAccount.set(nz(p.bankAccount()));
        bankName.set(nz(p.bankName()));
        insurance.set(p.insurance());
        enrolmentYear.set(String.valueOf(p.enrolmentYear()));
    }

    /** The record to store; the store derives birth date and sex from the ID number again and keeps a stored region. */
    PersonRecord toRecord(long id, long version) {
        IdCheck c = idCheck.get();
        return new PersonRecord(id, version, name.get().strip(), c.normalized(), c.birthDate(), c.sex(), regionCode.get().strip(),
                township.get(), village.get(), headId.get(), relation.get(), phone.get().replace(" ", ""),
                bankAccount.get().replace(" ", ""), insurance.get(), Integer.parseInt(enrolmentYear.get().strip()), false)
                .withBankName(bankName.get());
    }

    /** Everything whose change makes the form dirty. */
    ObservableValue<?>[] all() {
        return new ObservableValue<?>[] {name, idNumber, headId, relation, township, village, phone, bankAccount, bankName,
            insurance, enrolmentYear, regionCode, regionReason};
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
