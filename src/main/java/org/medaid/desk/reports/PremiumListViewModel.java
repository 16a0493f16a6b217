package org.medaid.desk.reports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medaid.desk.common.ReportFiles;
import org.medaid.desk.common.ReportState;
import org.medaid.desk.common.Texts;
import org.medaid.export.ExportText;
import org.medaid.export.ListExports;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.model.Money;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyRegistry;
import org.medaid.roster.PremiumCsv;
import org.medaid.roster.PremiumLine;
import org.medaid.roster.PremiumList;
import org.medaid.roster.PremiumSummary;

/**
 * The premium subsidy list (资助参保名单) of an insurance year: a page of people with their amounts by
 * fund, the totals of the whole list, and the export to CSV. The individual contribution is the policy
 * file's figure unless the clerk types the one the county published (POLICY-NOTES §5).
 */
public final class PremiumListViewModel {

    public static final int PAGE_SIZE = 50;

    private final Supplier<PremiumList> list;
    private final Supplier<PolicyRegistry> policies;
    private final TaskExecutor executor;
    private final ReportState state;
    private final Texts texts;
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final StringProperty contribution = new SimpleStringProperty("");
    private final StringBinding contributionError;
    private final ObservableList<PremiumLine> rows = FXCollections.observableArrayList();
    private final List<Long> pageStarts = new ArrayList<>(List.of(0L));
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final BooleanProperty hasNext = new SimpleBooleanProperty();
    private final ObjectProperty<PremiumSummary> summary = new SimpleObjectProperty<>();
    private long generation;

    /** {@code list} and {@code policies} are asked on the worker: the policy files may not be read yet. */
    public PremiumListViewModel(Supplier<PremiumList> list, Supplier<PolicyRegistry> policies, TaskExecutor executor, Texts texts,
            Supplier<Integer> year, Supplier<String> office, Supplier<LocalDate> today) {
        this.list = list;
        this.policies = policies;
        this.executor = executor;
        this.state = new ReportState(executor, texts, office, today);
        this.texts = texts;
        this.year.set(year.get());
        contributionError = Bindings.createStringBinding(() -> contribution().isPresent() || blank()
                ? null : texts.get("premiumList.error.contribution"), contribution);
    }

    private boolean blank() {
        return contribution.get() == null || contribution.get().isBlank();
    }

    /** The typed contribution: yuan, not negative, at most two decimals; empty when blank or wrong. */
    private java.util.Optional<BigDecimal> contribution() {
        if (blank()) {
            return java.util.Optional.empty();
        }
        try {
            BigDecimal v = new BigDecimal(contribution.get().strip());
            return v.signum() < 0 || v.stripTrailingZeros().scale() > 2 ? java.util.Optional.empty() : java.util.Optional.of(Money.round2(v));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** Shows the first page of the year's list and computes its totals. */
    public void query() {
        if (contributionError.get() != null) {
            return;
        }
        pageStarts.clear();
        pageStarts.add(0L);
        page.set(0);
        summary.set(null);
        loadPage();
        int y = year.get();
        BigDecimal c = contribution().orElse(null);
        long gen = generation;
        state.say(texts.get("premiumList.summing"));
        state.run("premium totals", p -> list.get().forEach(y, c, line -> p.checkCancelled()), s -> {
            if (gen == generation) {
                summary.set(s);
                state.say(texts.format("premiumList.summary", s.year(), s.people()));
            }
        }, e -> state.refuse(texts.format("premiumList.error.failed", e.getMessage())));
    }

    private void loadPage() {
        long gen = ++generation;
        int y = year.get();
        BigDecimal c = contribution().orElse(null);
        long after = pageStarts.get(page.get());
        state.refuse(null);
        executor.submit(BackgroundTask.of("premium page", p -> list.get().page(y, c, after, PAGE_SIZE + 1))
                .onSuccess(lines -> {
                    if (gen != generation) {
                        return;
                    }
                    hasNext.set(lines.size() > PAGE_SIZE);
                    List<PremiumLine> shown = lines.subList(0, Math.min(PAGE_SIZE, lines.size()));
                    rows.setAll(shown);
                    if (hasNext.get() && pageStarts.size() == page.get() + 1) {
                        pageStarts.add(shown.get(shown.size() - 1).personId());
                    }
                })
                .onFailure(e -> state.refuse(texts.format("premiumList.error.failed", e.getMessage()))));
    }

    public void nextPage() {
        if (hasNext.get()) {
            page.set(page.get() + 1);
            loadPage();
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
            loadPage();
        }
    }

    /** Writes the whole list, a total line last, to {@code file} (UTF-8 with BOM, opens in Excel). */
    public void export(Path file) {
        int y = year.get();
        BigDecimal c = contribution().orElse(null);
        state.refuse(null);
        state.say(texts.get("premiumList.exporting"));
        state.run("export premium list", p -> PremiumCsv.export(list.get(), y, c, file),
                s -> state.say(texts.format("premiumList.exported", s.people(), file.toString())),
                e -> state.refuse(texts.format("premiumList.error.export", e.getMessage())));
    }

    /** The whole list of the year (not only the page on screen) to XLSX or PDF, with the year and contribution used. */
    public void export(ReportFiles.Format format, Path file) {
        if (format == ReportFiles.Format.CSV) {
            export(file);
            return;
        }
        int y = year.get();
        BigDecimal c = contribution().orElse(null);
        state.export(format, file, texts.get("premiumList.title"), y, x -> List.of(new ListExports(new ExportText(texts.locale()))
                .premium(list.get(), x, c, state.today())));
    }

    public String fileName(ReportFiles.Format f) {
        return f == ReportFiles.Format.CSV ? defaultFileName() : ReportState.fileName(texts.get("premiumList.title"), year.get(), f);
    }

    /** The document number of the policy a line was computed under (the lines' task has read the policies). */
    public String policyDocument(String policyId) {
        return policies.get().byId(policyId).map(Policy::document).orElse(policyId);
    }

    public String defaultFileName() {
        return texts.format("premiumList.fileName", String.valueOf(year.get()));
    }

    public BooleanBinding canQuery() {
        return Bindings.createBooleanBinding(() -> contributionError.get() == null && !state.busyProperty().get(), contributionError,
                state.busyProperty());
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public StringProperty contributionProperty() {
        return contribution;
    }

    public StringBinding contributionError() {
        return contributionError;
    }

    public ObservableList<PremiumLine> rows() {
        return rows;
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public BooleanProperty hasNextProperty() {
        return hasNext;
    }

    public ObjectProperty<PremiumSummary> summaryProperty() {
        return summary;
    }


    public ReportState state() {
        return state;
    }
}
