package org.medaid.desk.person;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.Texts;
import org.medaid.identity.Department;
import org.medaid.model.Category;
import org.medaid.store.CategoryRecord;

/**
 * The "add category" dialog's state: category, dates typed as text (2024-03-01, 2024/3/1, 20240301),
 * certifying department and document number, with a message for each wrong field.
 */
public final class CategoryDialogViewModel {

    /** The department that usually certifies each category: offered when the clerk picks the category. */
    static final Map<Category, Department> USUAL_DEPARTMENT = Map.ofEntries(
            Map.entry(Category.EXTREME_POOR, Department.CIVIL_AFFAIRS),
            Map.entry(Category.ORPHAN, Department.CIVIL_AFFAIRS),
            Map.entry(Category.DE_FACTO_ORPHAN, Department.CIVIL_AFFAIRS),
            Map.entry(Category.SEVERE_DISABILITY, Department.DISABLED_FEDERATION),
            Map.entry(Category.MINIMUM_LIVING, Department.CIVIL_AFFAIRS),
            Map.entry(Category.LOW_INCOME_ASSISTED, Department.CIVIL_AFFAIRS),
            Map.entry(Category.MARGINAL, Department.CIVIL_AFFAIRS),
            Map.entry(Category.MONITORED_UNSTABLE, Department.RURAL_REVITALISATION),
            Map.entry(Category.MONITORED_MARGINAL, Department.RURAL_REVITALISATION),
            Map.entry(Category.MONITORED_SUDDEN, Department.RURAL_REVITALISATION),
            Map.entry(Category.RELAPSED, Department.RURAL_REVITALISATION),
            Map.entry(Category.EXPENDITURE_HARDSHIP, Department.CIVIL_AFFAIRS),
            Map.entry(Category.LIFTED, Department.RURAL_REVITALISATION),
            Map.entry(Category.LIFTED_2014_2015, Department.RURAL_REVITALISATION),
            Map.entry(Category.REGISTERED_POOR, Department.RURAL_REVITALISATION),
            Map.entry(Category.ASSISTANCE_CLASS_ONE, Department.CIVIL_AFFAIRS));

    private final Texts texts;
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final StringProperty fromText = new SimpleStringProperty("");
    private final StringProperty toText = new SimpleStringProperty("");
    private final ObjectProperty<Department> department = new SimpleObjectProperty<>();
    private final StringProperty documentNo = new SimpleStringProperty("");
    private final StringBinding categoryError;
    private final StringBinding fromError;
    private final StringBinding toError;
    private final StringBinding departmentError;
    private final BooleanBinding valid;
    private boolean departmentChosen;

    public CategoryDialogViewModel(Texts texts, LocalDate today) {
        this(texts, today, null);
    }

    /**
     * With the person's birth date (null when the ID number does not give one yet): a category of children
     * is refused for someone who is 18 or older on the category's start date.
     */
    public CategoryDialogViewModel(Texts texts, LocalDate today, LocalDate birthDate) {
        this.texts = texts;
        fromText.set(Formats.date(today));
        category.addListener((o, a, b) -> {
            if (b != null && !departmentChosen) {
                department.set(USUAL_DEPARTMENT.get(b));
            }
        });
        categoryError = Bindings.createStringBinding(() -> checkCategory(birthDate), category, fromText);
        fromError = Bindings.createStringBinding(() -> from().isPresent() ? null : texts.get("category.error.from"), fromText);
        toError = Bindings.createStringBinding(this::checkTo, fromText, toText);
        departmentError = Bindings.createStringBinding(() -> department.get() == null ? texts.get("category.error.department") : null,
                department);
        valid = Bindings.createBooleanBinding(() -> categoryError.get() == null && fromError.get() == null
                && toError.get() == null && departmentError.get() == null, categoryError, fromError, toError, departmentError);
    }

    /**
     * 孤儿 and 事实无人抚养儿童 are children under 18: 国办发〔2010〕54号 一 (孤儿: 失去父母、查找不到生父母的未满18周岁的
     * 未成年人) and 民发〔2019〕62号 一 (事实无人抚养儿童: 未满18周岁).
     */
    private String checkCategory(LocalDate birthDate) {
        Category c = category.get();
        if (c == null) {
            return texts.get("category.error.code");
        }
        if ((c == Category.ORPHAN || c == Category.DE_FACTO_ORPHAN) && birthDate != null) {
            LocalDate start = from().orElse(null);
            if (start != null && !start.isBefore(birthDate.plusYears(18))) {
                return texts.format("category.error.childAge", texts.label(c), java.time.Period.between(birthDate, start).getYears());
            }
        }
        return null;
    }

    private String checkTo() {
        if (toText.get() == null || toText.get().isBlank()) {
            return null;
        }
        Optional<LocalDate> to = Formats.parseDate(toText.get());
        if (to.isEmpty()) {
            return texts.get("category.error.to");
        }
        return from().isPresent() && to.get().isBefore(from().get()) ? texts.get("category.error.toBeforeFrom") : null;
    }

    /** The clerk picked a department: it is no longer replaced when the category changes. */
    public void departmentPicked() {
        departmentChosen = true;
    }

    private Optional<LocalDate> from() {
        return Formats.parseDate(fromText.get());
    }

    /** The category as it will be stored; call only when {@link #validBinding()} holds. */
    public CategoryRecord toRecord(long personId) {
        LocalDate to = toText.get() == null || toText.get().isBlank() ? null : Formats.parseDate(toText.get()).orElseThrow();
        String doc = documentNo.get() == null || documentNo.get().isBlank() ? null : documentNo.get().strip();
        return new CategoryRecord(0, 0, personId, category.get(), from().orElseThrow(), to, department.get(), doc, false);
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public StringProperty fromTextProperty() {
        return fromText;
    }

    public StringProperty toTextProperty() {
        return toText;
    }

    public ObjectProperty<Department> departmentProperty() {
        return department;
    }

    public StringProperty documentNoProperty() {
        return documentNo;
    }

    public StringBinding categoryError() {
        return categoryError;
    }

    public StringBinding fromError() {
        return fromError;
    }

    public StringBinding toError() {
        return toError;
    }

    public StringBinding departmentError() {
        return departmentError;
    }

    public BooleanBinding validBinding() {
        return valid;
    }
}
