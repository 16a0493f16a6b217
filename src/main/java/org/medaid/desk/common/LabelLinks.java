package org.medaid.desk.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Links each label to its control after an FXML is loaded. FXML resolves {@code labelFor="$field"} only
 * when the field comes before the label in the file, and a form reads label first; without the link the
 * label's Alt+letter mnemonic goes nowhere. Every {@code <Label fx:id=… labelFor="$…">} is linked here, and parses
 * its mnemonic (a Label does not by default, and would show 名单(_R) as written).
 */
public final class LabelLinks {

    private LabelLinks() {
    }

    /**
     * Keeps the Alt letters of the labels under {@code root} working when the page leaves the scene and comes back
     * (ADR 0082). A scene forgets a node's mnemonics when the node leaves it; when the page returns, JavaFX's label
     * skin registers the mnemonic again as soon as the label is back, which is before the field it names is back
     * (the label stands first in the tree), so it finds no scene and Alt+letter goes nowhere from the second showing
     * on. Parsing the label's mnemonic again makes the skin register it at the next layout, label and field both back.
     * Labels not yet shown (no skin) are left to their first layout.
     */
    public static void keepOnReturn(Parent root) {
        root.sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                return;
            }
            for (Node n : root.lookupAll(".label")) {
                if (n instanceof Label label && label.getLabelFor() != null && label.isMnemonicParsing() && label.getSkin() != null) {
                    label.setMnemonicParsing(false);
                    label.setMnemonicParsing(true);
                }
            }
        });
    }

    public static void resolve(URL fxml, Map<String, Object> namespace) {
        try (InputStream in = fxml.openStream()) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList labels = f.newDocumentBuilder().parse(in).getElementsByTagName("Label");
            for (int i = 0; i < labels.getLength(); i++) {
                Element e = (Element) labels.item(i);
                String target = e.getAttribute("labelFor");
                String id = e.getAttribute("fx:id");
                if (target.startsWith("$") && !id.isEmpty() && namespace.get(id) instanceof Label label
                        && namespace.get(target.substring(1)) instanceof Node node) {
                    label.setLabelFor(node);
                    // a Label parses no mnemonic by default: without this, 名单(_R) shows its underscore
                    label.setMnemonicParsing(true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fxml, e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read " + fxml + ": " + e.getMessage(), e);
        }
    }
}
