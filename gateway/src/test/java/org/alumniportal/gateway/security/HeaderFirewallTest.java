package org.alumniportal.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class HeaderFirewallTest {

    // Spring Security's own defaults (StrictServerWebExchangeFirewall), which the fast check must equal.
    private static final Pattern DEFAULT_NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern DEFAULT_VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    private static final List<String> SAMPLES = List.of("", "Authorization", "Bearer eyJhbGciOi.J9.x-_",
            "tab\there", "new\nline", "cr\rhere", "nul\0", "del\u007f", "c1\u0085", "unassigned\u0378",
            "emoji \uD83D\uDE00", "lone surrogate \uD800", "trailing surrogate \uDC00x", "ümlaut café",
            "private use \uE000", "zero width \u200B", "bell\u0007");

    @Test
    void agreesWithSpringSecuritysDefaultHeaderRules() {
        for (String sample : SAMPLES) {
            assertThat(HeaderFirewall.assignedWithoutControls(sample, false)).as("name %s", sample)
                    .isEqualTo(DEFAULT_NAMES.matcher(sample).matches());
            assertThat(HeaderFirewall.assignedWithoutControls(sample, true)).as("value %s", sample)
                    .isEqualTo(DEFAULT_VALUES.matcher(sample).matches());
        }
    }

    @Test
    void refusesControlsAndAllowsTabsOnlyInValues() {
        assertThat(HeaderFirewall.assignedWithoutControls("a\tb", true)).isTrue();
        assertThat(HeaderFirewall.assignedWithoutControls("a\tb", false)).isFalse();
        assertThat(HeaderFirewall.assignedWithoutControls("a\nb", true)).isFalse();
        assertThat(HeaderFirewall.assignedWithoutControls("a\u0378b", true)).isFalse();
        assertThat(HeaderFirewall.assignedWithoutControls(null, true)).as("absent, as in the defaults").isTrue();
    }
}
