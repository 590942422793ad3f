package org.alumniportal.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import org.alumniportal.platform.test.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import jakarta.servlet.http.HttpServletRequest;

class HeaderFirewallTest {

    private final StrictHttpFirewall firewall = HeaderFirewall.strict();

    @Test
    void theFastPathNeverAnswersOtherwiseThanTheLibrarysOwnRule() {
        Map<String, Predicate<String>> rules = Map.of(
                "header names", StrictHttpFirewall.ALLOWED_HEADER_NAMES,
                "header values", StrictHttpFirewall.ALLOWED_HEADER_VALUES,
                "parameter names", StrictHttpFirewall.ALLOWED_PARAMETER_NAMES,
                "parameter values", StrictHttpFirewall.ALLOWED_PARAMETER_VALUES);
        List<String> texts = samples();
        rules.forEach((name, rule) -> {
            Predicate<String> fast = HeaderFirewall.printableAsciiOr(rule);
            for (String text : texts) {
                assertThat(fast.test(text)).as("%s: %s", name, escaped(text)).isEqualTo(rule.test(text));
            }
        });
    }

    @Test
    void aBearerTokenPassesAndControlsOrUnassignedCodePointsAreStillRefused() {
        String bearer = TestJwts.user("u1").bearer();
        assertThat(header("Authorization", bearer).getHeader("Authorization")).isEqualTo(bearer);
        assertThat(header("X-Name", "Zoë\tMüller").getHeader("X-Name")).isEqualTo("Zoë\tMüller");
        assertThat(header("X-Name", "x").getHeader("X-Absent")).isNull();

        assertThatThrownBy(() -> header("X-Name", "a\u0007b").getHeader("X-Name"))
                .isInstanceOf(RequestRejectedException.class);
        assertThatThrownBy(() -> header("X-Name", "a\u007fb").getHeader("X-Name"))
                .isInstanceOf(RequestRejectedException.class);
        assertThatThrownBy(() -> header("X-Name", "a\u0378b").getHeader("X-Name"))
                .isInstanceOf(RequestRejectedException.class);
        assertThatThrownBy(() -> header("X\tName", "a").getHeader("X\tName"))
                .isInstanceOf(RequestRejectedException.class);
    }

    private HttpServletRequest header(String name, String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/probe/me");
        request.addHeader(name, value);
        return firewall.getFirewalledRequest(request);
    }

    /** Printable ASCII, every character below 0x100 alone and inside ASCII, unassigned ones, surrogates, random mixes. */
    private static List<String> samples() {
        List<String> texts = new ArrayList<>(List.of("", " ", "~", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln", "a\tb",
                "\t", "a\u0378b", "\uD83D\uDE00", "\uD83D", "x\uDE00", "\u2028", "\u00a0", "\u0085"));
        for (char c = 0; c < 0x100; c++) {
            texts.add(String.valueOf(c));
            texts.add("abc" + c + "def");
        }
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                text.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x3000) : (char) (0x20 + random.nextInt(0x5f)));
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : "\\u%04x".formatted(c)));
        return out.toString();
    }
}
