package org.alumniportal.community.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeHtmlTest {

    @Test
    void scriptsHandlersAndJavascriptLinksAreDroppedFormattingStays() {
        String safe = SafeHtml.rich("<p onclick=\"x()\">Hi <script>alert(1)</script><em>there</em> "
                + "<a href=\"javascript:alert(1)\">bad</a> <a href=\"https://example.com\">good</a></p>"
                + "<iframe src=\"https://evil\"></iframe><img src=x onerror=alert(1)>");

        assertThat(safe).doesNotContain("<script", "alert(1)", "onclick", "javascript:", "<iframe", "<img", "onerror")
                .contains("<p>", "<em>there</em>", "href=\"https://example.com\"");
    }

    @Test
    void plainTextKeepsNoMarkupAtAll() {
        assertThat(SafeHtml.plain("<b>Bold</b> & <script>x()</script>claim")).isEqualTo("Bold &amp; claim");
    }

    @Test
    void tagsAreOneLowerCaseHyphenatedWordEach() {
        assertThat(Tags.normalize(java.util.List.of("Spring Boot", "spring-boot", " Java ", ""))).containsExactly(
                "spring-boot", "java");
    }
}
