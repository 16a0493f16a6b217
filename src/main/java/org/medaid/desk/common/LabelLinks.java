package org.medaid.desk.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import javafx.scene.Node;
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
