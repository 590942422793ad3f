package org.alumniportal.community.content;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Content is stored safe: rich text keeps an allow-list of formatting, block, list and link markup (OWASP Java
 * HTML Sanitizer), everything else (scripts, event handlers, {@code javascript:} links, styles) is dropped; plain
 * fields keep no markup at all. Sanitising on write means every reader, including other services, gets inert text.
 */
public final class SafeHtml {

    private static final PolicyFactory RICH = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "br").toFactory());
    private static final PolicyFactory PLAIN = new HtmlPolicyBuilder().toFactory();

    private SafeHtml() {
    }

    /** Rich text (posts, comments, capsules, event descriptions). */
    public static String rich(String html) {
        return html == null ? null : RICH.sanitize(html).strip();
    }

    /** Titles, tags, reasons: tags removed, text escaped so that it is inert in any HTML page. */
    public static String plain(String text) {
        return text == null ? null : PLAIN.sanitize(text).strip();
    }
}
