package org.alumniportal.localstack.mail;

import java.util.List;

/** The inbox API's JSON, written by hand: five string fields do not need a JSON library on the classpath. */
final class MailJson {

    private MailJson() {
    }

    static String array(List<CaughtMail> mails) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < mails.size(); i++) {
            CaughtMail mail = mails.get(i);
            out.append(i == 0 ? "" : ",").append('{');
            field(out, "from", mail.from()).append(',');
            field(out, "to", mail.to()).append(',');
            field(out, "subject", mail.subject()).append(',');
            field(out, "text", mail.text()).append(',');
            field(out, "receivedAt", mail.receivedAt().toString()).append('}');
        }
        return out.append(']').toString();
    }

    private static StringBuilder field(StringBuilder out, String name, String value) {
        return quote(out.append('"').append(name).append("\":"), value);
    }

    static StringBuilder quote(StringBuilder out, String value) {
        if (value == null) {
            return out.append("null");
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
