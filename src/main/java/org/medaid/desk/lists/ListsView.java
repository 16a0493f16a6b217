package org.medaid.desk.lists;

import static org.medaid.desk.common.Columns.money;
import static org.medaid.desk.common.Columns.text;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.medaid.desk.common.FieldMarks;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.Widgets;
import org.medaid.desk.preview.PrintJob;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.ReportControls;
import org.medaid.desk.common.StatusLine;
import org.medaid.desk.common.ReportFiles.Format;
import org.medaid.desk.common.SaveTarget;
import org.medaid.desk.common.Texts;
import org.medaid.workflow.NoticeRow;
import org.medaid.workflow.PayoutRow;
import org.medaid.workflow.WaitingCase;

/** The three lists of 报表, one page each: wires ListsView.fxml to a {@link ListsViewModel}; Alt+V previews the one on show. */
public final class ListsView {

    @FXML private VBox noticePage;
    @FXML private VBox payoutPage;
    @FXML private VBox waitingPage;
    @FXML private ComboBox<Integer> yearBox;
    @FXML private ComboBox<Integer> quarterBox;
    @FXML private TextField fromField;
    @FXML private TextField contactField;
    @FXML private TextField officeField;
    @FXML private TextField basisField;
    @FXML private TableView<NoticeRow> noticeTable;
    @FXML private TableColumn<NoticeRow, String> noticeName;
    @FXML private TableColumn<NoticeRow, String> noticeId;
    @FXML private TableColumn<NoticeRow, String> noticePlace;
    @FXML private TableColumn<NoticeRow, String> noticeApproved;
    @FXML private TableColumn<NoticeRow, String> noticeAmount;
    @FXML private Label noticeTotal;
    @FXML private Button noticeButton;
    @FXML private TextField batchField;
    @FXML private TextField bankField;
    @FXML private TextField checkedField;
    @FXML private Label payoutWarning;
    @FXML private TableView<PayoutRow> payoutTable;
    @FXML private TableColumn<PayoutRow, String> payoutName;
    @FXML private TableColumn<PayoutRow, String> payoutId;
    @FXML private TableColumn<PayoutRow, String> payoutAccount;
    @FXML private TableColumn<PayoutRow, String> payoutPlace;
    @FXML private TableColumn<PayoutRow, String> payoutAmount;
    @FXML private Label payoutTotal;
    @FXML private TableView<WaitingCase> waitingTable;
    @FXML private TableColumn<WaitingCase, String> waitingStage;
    @FXML private TableColumn<WaitingCase, String> waitingName;
    @FXML private TableColumn<WaitingCase, String> waitingPlace;
    @FXML private TableColumn<WaitingCase, String> waitingSince;
    @FXML private TableColumn<WaitingCase, String> waitingDue;
    @FXML private TableColumn<WaitingCase, String> waitingAmount;
    @FXML private Label waitingTotal;

    @FXML private Button noticeXlsx;
    @FXML private Button noticePdf;
    @FXML private Button payoutXlsx;
    @FXML private Button payoutBank;
    @FXML private Button payoutPdf;
    @FXML private Button waitingXlsx;
    @FXML private Button waitingPdf;
    @FXML private Label noticeExported;
    @FXML private Label payoutExported;
    @FXML private Label waitingExported;

    private final ListsViewModel model;
    private ReportControls controls;
    private final Texts text;
    private Consumer<PrintJob> onPreview = j -> { };

    public ListsView(ListsViewModel model) {
        this.model = model;
        this.text = model.text();
        Fxml.load(this, text);
    }

    @FXML
    private void initialize() {
        yearBox.getItems().setAll(model.years());
        yearBox.setValue(model.yearProperty().get());
        yearBox.valueProperty().addListener((o, a, b) -> model.yearProperty().set(b));
        quarterBox.getItems().setAll(List.of(1, 2, 3, 4));
        Widgets.cells(quarterBox, q -> text.format("lists.quarter.n", q));
        quarterBox.setValue(model.quarterProperty().get());
        quarterBox.valueProperty().addListener((o, a, b) -> model.quarterProperty().set(b));
        fromField.textProperty().bindBidirectional(model.from);
        contactField.textProperty().bindBidirectional(model.contact);
        officeField.textProperty().bindBidirectional(model.office);
        basisField.textProperty().bindBidirectional(model.basis);
        batchField.textProperty().bindBidirectional(model.batch);
        bankField.textProperty().bindBidirectional(model.payingBank);
        checkedField.textProperty().bindBidirectional(model.checkedBy);
        noticeTable.setItems(model.notice());
        noticeTable.setPlaceholder(new Label(text.get("lists.notice.none")));
        text(noticeName, NoticeRow::name);
        text(noticeId, NoticeRow::maskedIdNumber);
        text(noticePlace, r -> orEmpty(r.township()) + orEmpty(r.village()));
        text(noticeApproved, r -> Formats.date(r.approvedOn()));
        money(noticeAmount, NoticeRow::amount);
        noticeTotal.textProperty().bind(model.noticeTotalProperty());
        noticeButton.disableProperty().bind(model.noticeReadyBinding().not());
        payoutTable.setItems(model.payout());
        payoutTable.setPlaceholder(new Label(text.get("lists.payout.none")));
        text(payoutName, PayoutRow::name);
        text(payoutId, PayoutRow::idNumber);
        text(payoutAccount, r -> r.bankAccount() == null ? text.get("lists.payout.noAccount") : r.bankAccount());
        text(payoutPlace, r -> orEmpty(r.township()) + orEmpty(r.village()));
        money(payoutAmount, PayoutRow::amount);
        payoutTotal.textProperty().bind(model.payoutTotalProperty());
        payoutWarning.textProperty().bind(model.payoutWarningProperty());
        FieldMarks.collapseWhenEmpty(payoutWarning);
        for (Label l : List.of(noticeExported, payoutExported, waitingExported)) {
            StatusLine.bind(model.state().status(), l, null);
        }
        controls = new ReportControls(noticeTable, model.state(), null, null);
        exports(noticeXlsx, ListsViewModel.ExportKind.NOTICE, Format.XLSX);
        exports(noticePdf, ListsViewModel.ExportKind.NOTICE, Format.PDF);
        exports(payoutXlsx, ListsViewModel.ExportKind.PAYOUT, Format.XLSX);
        exports(payoutBank, ListsViewModel.ExportKind.PAYOUT_BANK, Format.XLSX);
        exports(payoutPdf, ListsViewModel.ExportKind.PAYOUT, Format.PDF);
        exports(waitingXlsx, ListsViewModel.ExportKind.WAITING, Format.XLSX);
        exports(waitingPdf, ListsViewModel.ExportKind.WAITING, Format.PDF);
        waitingTable.setItems(model.waiting());
        waitingTable.setPlaceholder(new Label(text.get("lists.waiting.none")));
        text(waitingStage, w -> w.stage().label(text.locale()));
        text(waitingName, WaitingCase::name);
        text(waitingPlace, w -> orEmpty(w.township()) + orEmpty(w.village()));
        text(waitingSince, w -> Formats.date(w.since()));
        text(waitingDue, w -> w.due() == null ? "" : Formats.date(w.due()) + (w.overdue() ? " " + text.get("lists.overdue") : ""));
        money(waitingAmount, WaitingCase::amount);
        waitingTotal.textProperty().bind(Bindings.createStringBinding(() -> text.format("lists.waiting.count",
                model.waiting().size()), model.waiting()));
    }

    @FXML
    private void previewNotice() {
        onPreview.accept(model.noticeJob());
    }

    @FXML
    private void previewPayout() {
        onPreview.accept(model.payoutJob());
    }

    @FXML
    private void previewWaiting() {
        onPreview.accept(model.waitingJob());
    }

    /** An export button of a list: the file is asked for, then the list is read and written in the background. */
    private void exports(Button b, ListsViewModel.ExportKind kind, Format f) {
        controls.button(b, f, () -> model.exportName(kind, f), file -> model.export(kind, f, file));
    }

    /** Where exports are saved (a test gives a path instead of the file chooser). */
    public void setSaveTarget(SaveTarget target) {
        controls.setSaveTarget(target);
    }

    public ListsViewModel model() {
        return model;
    }

    /** 救助公示名单: the quarter's notice, IDs masked. */
    public VBox notice() {
        return noticePage;
    }

    /** 拨付名单: the payout list for the bank. */
    public VBox payout() {
        return payoutPage;
    }

    /** 待办名单: the cases waiting at each stage. */
    public VBox waiting() {
        return waitingPage;
    }

    public void setOnPreview(Consumer<PrintJob> action) {
        this.onPreview = action;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
