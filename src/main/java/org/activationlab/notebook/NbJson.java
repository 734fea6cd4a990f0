package org.activationlab.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes JSON exactly as Jupyter's nbformat does ({@code json.dumps(nb, indent=1, sort_keys=True,
 * ensure_ascii=False)} plus a final newline).
 *
 * <p>Matching Jupyter byte for byte keeps diffs small: a notebook saved from Jupyter and one
 * re-executed by {@link NotebookRunner} differ only where the content differs.
 */
final class NbJson {
    private NbJson() {
    }

    static String write(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        write(node, sb, 0);
        return sb.append('\n').toString();
    }

    private static void write(JsonNode node, StringBuilder sb, int depth) {
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            if (keys.isEmpty()) {
                sb.append("{}");
                return;
            }
            Collections.sort(keys);
            sb.append('{');
            for (int i = 0; i < keys.size(); i++) {
                newline(sb, depth + 1);
                quote(keys.get(i), sb);
                sb.append(": ");
                write(node.get(keys.get(i)), sb, depth + 1);
                sb.append(i + 1 < keys.size() ? "," : "");
            }
            newline(sb, depth);
            sb.append('}');
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append('[');
            for (int i = 0; i < node.size(); i++) {
                newline(sb, depth + 1);
                write(node.get(i), sb, depth + 1);
                sb.append(i + 1 < node.size() ? "," : "");
            }
            newline(sb, depth);
            sb.append(']');
        } else if (node.isTextual()) {
            quote(node.asText(), sb);
        } else {
            sb.append(node.toString()); // numbers, booleans, null: same spelling in Python's json
        }
    }

    private static void newline(StringBuilder sb, int depth) {
        sb.append('\n').append(" ".repeat(depth));
    }

    /** Python's escaping with ensure_ascii=False: quotes, backslash and control characters only. */
    private static void quote(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
