package org.alumniportal.platform.security;

import java.util.function.Predicate;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall with its own rules for header and parameter names and values, checked in one
 * pass when the text is printable ASCII (nearly every header, the bearer token included) and by the library's
 * predicates otherwise. Those are Unicode regular expressions that look up every character's type: the ~1.5 KB
 * bearer token each request carries made them 8% of job-service's CPU in NotificationGatewayBenchmark (JFR).
 */
final class HeaderFirewall {

    private HeaderFirewall() {
    }

    static StrictHttpFirewall strict() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(printableAsciiOr(StrictHttpFirewall.ALLOWED_HEADER_NAMES));
        firewall.setAllowedHeaderValues(printableAsciiOr(StrictHttpFirewall.ALLOWED_HEADER_VALUES));
        firewall.setAllowedParameterNames(printableAsciiOr(StrictHttpFirewall.ALLOWED_PARAMETER_NAMES));
        firewall.setAllowedParameterValues(printableAsciiOr(StrictHttpFirewall.ALLOWED_PARAMETER_VALUES));
        return firewall;
    }

    /**
     * Space to tilde are assigned and no controls, so every library rule allows them; any other character (a tab,
     * a control, non-ASCII) sends the whole text to the library's own predicate.
     */
    static Predicate<String> printableAsciiOr(Predicate<String> libraryRule) {
        return text -> text != null && isPrintableAscii(text) || libraryRule.test(text);
    }

    private static boolean isPrintableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }
}
