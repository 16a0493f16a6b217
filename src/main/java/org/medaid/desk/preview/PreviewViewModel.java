package org.medaid.desk.preview;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.medaid.desk.common.ScreenStatus;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.print.IdDisplay;
import org.medaid.print.PaperSize;
import org.medaid.print.PrintDocument;
import org.medaid.print.PrintOutcome;
import org.medaid.print.PrintService;
import org.medaid.settlement.SettlementException;

/**
 * The print preview (结算单预览): the pages are drawn from the very PDF that is printed or
 * saved (ADR 0016), so what is printed is what was previewed. Paper and ID display re-render it; 打印
 * goes through the system print dialog (no printer: the clerk is told in Chinese and offered to save the
 * PDF); 另存为PDF writes the same bytes. Every print or save is logged, and the preview is drawn again so
 * a second print shows 补打.
 */
public final class PreviewViewModel {

    /** Pages are drawn at this resolution and scaled to the window. */
    static final float DPI = 120f;

    private final PrintJob job;
    private final PrintService printer;
    private final TaskExecutor executor;
    private final Texts text;
    private final PrintSettings settings;
    private final ObjectProperty<PaperSize> paper = new SimpleObjectProperty<>();
    private final ObjectProperty<IdDisplay> ids = new SimpleObjectProperty<>();
    private final ObjectProperty<PrintDocument> document = new SimpleObjectProperty<>();
    private final ObservableList<Image> pages = FXCollections.observableArrayList();
    private final BooleanProperty reprint = new SimpleBooleanProperty();
    private final BooleanProperty rendering = new SimpleBooleanProperty();
    private final ScreenStatus status = new ScreenStatus();
    private final BooleanBinding busy = rendering.or(status.busyProperty());
    private final ObjectProperty<PrintOutcome> outcome = new SimpleObjectProperty<>();
    private final BooleanBinding ready;
    private SaveTarget target = (reason, name) -> Optional.empty();
    private long generation;

    public PreviewViewModel(PrintJob job, PrintService printer, TaskExecutor executor, Texts text, PrintSettings settings) {
        this.job = job;
        this.printer = printer;
        this.executor = executor;
        this.text = text;
        this.settings = settings;
        paper.set(job.paperChoice() ? settings.paper() : PaperSize.A4);
        ids.set(job.idChoice() ? settings.ids() : IdDisplay.MASKED);
        ready = Bindings.createBooleanBinding(() -> !busy.get() && document.get() != null, busy, document);
        paper.addListener((o, a, b) -> {
            if (job.paperChoice() && b != null) {
                settings.setPaper(b);
                render();
            }
        });
        ids.addListener((o, a, b) -> {
            if (job.idChoice() && b != null) {
                settings.setIds(b);
                render();
            }
        });
    }

    /** How the desk asks for a file (a save dialog); set by the view. */
    public void setSaveTarget(SaveTarget saveTarget) {
        this.target = saveTarget;
    }

    private record Drawn(PrintJob.Rendered rendered, List<Image> pages) {
    }

    /** Renders the document and draws its pages, on the worker. */
    public void render() {
        long gen = ++generation;
        PaperSize p = paper.get();
        IdDisplay i = ids.get();
        rendering.set(true);
        executor.submit(BackgroundTask.of("render " + job.title(), t -> draw(job.renderer().render(p, i)))
                .onSuccess(d -> {
                    if (gen == generation) {
                        document.set(d.rendered().document());
                        reprint.set(d.rendered().reprint());
                        pages.setAll(d.pages());
                    }
                })
                .onFailure(e -> status.refuse(text.format("preview.error.render", e.getMessage())))
                .onFinally(() -> {
                    if (gen == generation) {
                        rendering.set(false);
                    }
                }));
    }

    private Drawn draw(PrintJob.Rendered r) {
        List<Image> images = new ArrayList<>();
        int n = printer.pageCount(r.document());
        for (int k = 0; k < n; k++) {
            BufferedImage page = printer.page(r.document(), k, DPI);
            images.add(SwingFXUtils.toFXImage(page, null));
        }
        return new Drawn(r, images);
    }

    /** The system print dialog; without a printer the clerk is offered to save the PDF instead. */
    public void print() {
        PrintDocument doc = document.get();
        if (doc == null || busy.get()) {
            return;
        }
        SaveTarget asked = target;
        // a paper-only job is never offered as a file: with no printer it is simply not printed (said below)
        run("print", d -> printer.print(d, (reason, name) -> job.paperOnly() ? Optional.empty() : asked.ask(reason, name)), doc);
    }

    /** 另存为PDF: the very document on screen, to the file the clerk chooses. */
    public void saveAs() {
        PrintDocument doc = document.get();
        if (doc == null || busy.get()) {
            return;
        }
        if (job.paperOnly()) {
            status.refuse(text.get("preview.paperOnly.noSave"));
            return;
        }
        Optional<Path> path = target.ask(null, doc.fileName());
        if (path.isEmpty()) {
            return;
        }
        run("save", d -> printer.save(d, path.get()), doc);
    }

    private void run(String name, java.util.function.Function<PrintDocument, PrintOutcome> work, PrintDocument shown) {
        status.say(text.get(name.equals("print") ? "preview.printing" : "preview.saving"));
        PaperSize p = paper.get();
        IdDisplay i = ids.get();
        status.submit(executor, BackgroundTask.of(name + " " + job.title(), t -> {
            PrintDocument doc = job.finisher().finish(shown, p, i, name.equals("print"));
            PrintOutcome o = work.apply(doc);
            if (o.done()) {
                job.recorder().printed(doc, o);
            }
            return o;
        }).onSuccess(o -> {
            outcome.set(o);
            if (o.status() == PrintOutcome.Status.NOT_SAVED) {
                status.refuse(job.paperOnly() ? text.get("preview.paperOnly.noPrinter") : o.message());
            } else {
                status.say(o.message());
            }
            if (o.done()) {
                // the next print of this version is a reprint: draw what it will print
                render();
            }
        }).onFailure(e -> status.refuse(e instanceof SettlementException se ? se.message(text.locale())
                : text.format("preview.error.print", e.getMessage()))));
    }

    public PrintJob job() {
        return job;
    }

    public ObjectProperty<PaperSize> paperProperty() {
        return paper;
    }

    public ObjectProperty<IdDisplay> idsProperty() {
        return ids;
    }

    public ObjectProperty<PrintDocument> documentProperty() {
        return document;
    }

    public ObservableList<Image> pages() {
        return pages;
    }

    /** The document on screen says 补打. */
    public BooleanProperty reprintProperty() {
        return reprint;
    }

    public BooleanBinding busyBinding() {
        return busy;
    }

    /** Printed, saved, or why not; busy while printing or saving (drawing is {@link #busyBinding}). */
    public ScreenStatus status() {
        return status;
    }

    public ObjectProperty<PrintOutcome> outcomeProperty() {
        return outcome;
    }

    /** A document is on screen and nothing is running: 打印 and 另存为PDF are enabled. */
    public BooleanBinding readyBinding() {
        return ready;
    }

    public Texts text() {
        return text;
    }
}
