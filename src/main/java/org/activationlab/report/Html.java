package org.activationlab.report;

/** HTML text escaping: every string from results goes through here before it reaches the page. */
final class Html {
    private Html() {
    }

    /** Escapes the five characters that can change the meaning of HTML text or attribute values. */
    static String escape(Object value) {
        String s = String.valueOf(value);
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A CSS class for a verdict label: "not significant" → "v-not-significant". */
    static String verdictClass(String verdict) {
        return "v-" + verdict.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
