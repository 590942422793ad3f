package org.alumniportal.localstack.mail;

import java.util.List;

/** The inbox as a small HTML page for a person; every value from a mail is escaped. */
final class InboxPage {

    private InboxPage() {
    }

    static String render(List<CaughtMail> mails, String to) {
        StringBuilder html = new StringBuilder(4096);
        html.append("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8">
                <meta http-equiv="refresh" content="10">
                <title>Alumni Portal mail catcher</title>
                <style>
                body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}
                article{border:1px solid #ccc;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
                .meta{color:#555;font-size:.9rem} pre{white-space:pre-wrap;background:#f6f6f6;padding:.5rem}
                </style></head><body>
                <h1>Mail catcher</h1>
                <p>Every mail the local stack sends lands here. Nothing is delivered to the outside world.
                JSON: <code>GET /api/messages?to=ADDRESS</code>.</p>
                <form method="get" action="/"><label>Recipient <input name="to" type="email" value=\"""");
        html.append(HtmlText.escape(to)).append("\"></label> <button>Show</button> <a href=\"/\">all</a></form>\n");
        html.append("<p>").append(mails.size()).append(mails.size() == 1 ? " mail" : " mails").append(", newest first.</p>\n");
        for (CaughtMail mail : mails) {
            html.append("<article><h2>").append(HtmlText.escape(mail.subject())).append("</h2>")
                    .append("<p class=\"meta\">From ").append(HtmlText.escape(mail.from()))
                    .append(" to ").append(HtmlText.escape(mail.to()))
                    .append(" at ").append(HtmlText.escape(mail.receivedAt().toString())).append("</p>")
                    .append("<pre>").append(HtmlText.escape(mail.text())).append("</pre></article>\n");
        }
        return html.append("</body></html>\n").toString();
    }
}
