package org.activationlab.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import org.activationlab.io.Json;

/**
 * Runs every quick experiment and prints one line per experiment: its name and the canonical JSON of
 * every number it measured, wall times removed. Run in a fresh JVM by {@link ReproducibilityTest}.
 */
public final class ReproducibilityProbe {
    private ReproducibilityProbe() {
    }

    public static void main(String[] args) throws Exception {
        for (var e : QuickExperiments.all().entrySet()) {
            System.out.println(e.getKey() + "\t" + numbers(e.getValue().get().run()));
        }
    }

    /** Claims, results, runs and figures of a result as canonical JSON, without timing fields. */
    static String numbers(ExperimentResult<?> result) throws Exception {
        ObjectNode tree = Json.MAPPER.createObjectNode();
        tree.set("claims", Json.MAPPER.valueToTree(result.claims()));
        tree.set("results", Json.MAPPER.valueToTree(result.results()));
        tree.set("runs", Json.MAPPER.valueToTree(result.csv().rows()));
        tree.set("figures", Json.MAPPER.valueToTree(result.figures()));
        tree.set("details", Json.MAPPER.valueToTree(result.details()));
        stripTiming(tree);
        return Json.CANONICAL.writeValueAsString(Json.CANONICAL.treeToValue(tree, Object.class));
    }

    /** Wall times differ run to run by nature; every other number must not. */
    private static void stripTiming(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (isTiming(f.getKey())) {
                    fields.remove();
                } else {
                    stripTiming(f.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(ReproducibilityProbe::stripTiming);
        }
    }

    static boolean isTiming(String key) {
        return key.equals("seconds") || key.endsWith("_seconds") || key.startsWith("seconds_")
                || key.contains("wall") || key.equals("ms") || key.endsWith("_ms");
    }
}
