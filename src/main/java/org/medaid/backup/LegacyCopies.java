package org.medaid.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.medaid.policy.PolicyRegistry;

/**
 * Turns a whole-file county copy of a bundled policy (ADR 0025, before ADR 0036) into layer figures: every
 * figure the copy confirmed (an object with {@code unconfirmed: false} whose clause carries the confirmation
 * after "；") becomes a {@link CountyFigure}; basic-insurance rows are matched by their kinds, levels and
 * insurance, since the bundled table changed. The copy is then moved aside ({@code .replaced}) so it no
 * longer hides the bundled file.
 */
final class LegacyCopies {

    private static final YAMLMapper READ = new YAMLMapper();

    private LegacyCopies() {
    }

    static void migrate(Path dataFolder, CountyFigures layer) {
        Path folder = CountyPolicies.folder(dataFolder);
        for (String id : PolicyRegistry.BUNDLED) {
            Path copy = folder.resolve(id + ".yaml");
            if (!Files.isRegularFile(copy)) {
                continue;
            }
            try {
                JsonNode old = READ.readTree(copy.toFile());
                JsonNode now = CountyFigures.bundledTree(id);
                OffsetDateTime at = Files.getLastModifiedTime(copy).toInstant().atOffset(ZoneOffset.UTC);
                List<CountyFigure> found = new ArrayList<>();
                collect(id, old, now, "", at, found);
                for (CountyFigure f : found) {
                    layer.set(f);
                }
                Files.move(copy, folder.resolve(id + ".yaml.replaced"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new BackupException(BackupProblem.DATA_FOLDER_FAILED, copy + ": " + e.getMessage(), e);
            }
        }
    }

    private static void collect(String id, JsonNode old, JsonNode now, String path, OffsetDateTime at, List<CountyFigure> out) {
        if (old.isObject() && old.has("value") && old.path("unconfirmed").isBoolean() && !old.get("unconfirmed").asBoolean()
                && old.path("source").asText().contains("；")) {
            String source = old.get("source").asText();
            String by = source.substring(source.lastIndexOf('；') + 1);
            BigDecimal value = old.get("value").isNull() ? null : old.get("value").decimalValue();
            if (value != null && now != null && !now.isMissingNode()) {
                out.add(new CountyFigure(id, path, value, by, at, by));
            }
            return;
        }
        if (old.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = old.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                collect(id, e.getValue(), now == null ? null : now.path(e.getKey()), p, at, out);
            }
        } else if (old.isArray()) {
            for (int i = 0; i < old.size(); i++) {
                JsonNode item = old.get(i);
                int j = path.endsWith("table") ? sameRow(item, now) : i;
                if (j >= 0) {
                    collect(id, item, now == null ? null : now.path(j), path + "[" + j + "]", at, out);
                }
            }
        }
    }

    /** The bundled table's row with the same kinds, levels and insurance; -1 when the bundled table dropped it. */
    private static int sameRow(JsonNode row, JsonNode table) {
        if (table == null) {
            return -1;
        }
        for (int j = 0; j < table.size(); j++) {
            JsonNode t = table.get(j);
            if (t.path("kinds").equals(row.path("kinds")) && t.path("levels").equals(row.path("levels"))
                    && t.path("insurance").equals(row.path("insurance"))) {
                return j;
            }
        }
        return -1;
    }
}
