package org.alumniportal.localstack.mail;

import java.util.regex.Pattern;

/** Escaping for the inbox page and a rough text rendering of HTML-only mails. */
final class HtmlText {

    private static final Pattern BLOCK_END = Pattern.compile("(?i)<br\\s*/?>|</p>|</div>|</h[1-6]>|</li>|</tr>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(style|script|head)[^>]*>.*?</\\1>");

    private HtmlText() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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

    static String toPlainText(String html) {
        String text = HIDDEN.matcher(html).replaceAll("");
        text = BLOCK_END.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").strip();
    }
}
