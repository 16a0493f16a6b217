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
    final javafx.beans.property.ObjectProperty<String> storedRegion = new javafx.beans.property.SimpleObjectProperty<>();
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
        birthDate = derived(() -> Formats.date(idCheck.get().birthDate()));
        sex = derived(() -> texts.label(idCheck.get().sex()));
        regionName = Bindings.createStringBinding(() -> region() == null ? "" : regions.displayName(region()),
                idCheck, storedRegion);
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
                && yearError.get() == null && insurance.get() != null,
                nameError, idError, relationError, phoneError, bankError, yearError, insurance);
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
     * The person's policy region (户籍地, 临医保发〔2022〕13号 四): an enrolled person's stored one, never derived from
     * the ID number again; for a new person the proposal read from a valid ID number; else null (ADR 0066).
     */
    String region() {
        if (storedRegion.get() != null) {
            return storedRegion.get();
        }
        IdCheck c = idCheck.get();
        return c.regionCode() != null && c.valid() ? c.regionCode() : null;
    }

    void fill(PersonRecord p, String head) {
        storedRegion.set(p.id() == 0 ? null : p.region());
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
        return new PersonRecord(id, version, name.get().strip(), c.normalized(), c.birthDate(), c.sex(), region(),
                township.get(), village.get(), headId.get(), relation.get(), phone.get().replace(" ", ""),
                bankAccount.get().replace(" ", ""), insurance.get(), Integer.parseInt(enrolmentYear.get().strip()), false)
                .withBankName(bankName.get());
    }

    /** Everything whose change makes the form dirty. */
    ObservableValue<?>[] all() {
        return new ObservableValue<?>[] {name, idNumber, headId, relation, township, village, phone, bankAccount, bankName,
            insurance, enrolmentYear};
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
