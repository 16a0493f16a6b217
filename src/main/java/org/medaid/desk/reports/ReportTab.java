package org.medaid.desk.reports;

import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * One tab of 报表: its title (already in the screen's language), its page (made when 报表 is first shown)
 * and what to do each time the clerk comes to it. Listed in {@code DeskShell}.
 */
public record ReportTab(String title, Supplier<Node> page, Runnable shown) {
}
