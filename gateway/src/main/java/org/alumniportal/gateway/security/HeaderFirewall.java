package org.alumniportal.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * Spring Security's strict firewall with the same header rules as its defaults (names: assigned code points, no
 * ISO controls; values: the same but tabs allowed), checked by one pass over the code points instead of the
 * default regular expressions. Every request carries a ~1.5 KB bearer token, and the regex character-class
 * checks were 8% of the gateway's CPU under load.
 */
@Configuration(proxyBeanMethods = false)
class HeaderFirewall {

    @Bean
    StrictServerWebExchangeFirewall serverWebExchangeFirewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(name -> assignedWithoutControls(name, false));
        firewall.setAllowedHeaderValues(value -> assignedWithoutControls(value, true));
        return firewall;
    }

    /** Null passes, as in the defaults (an absent value). */
    static boolean assignedWithoutControls(String text, boolean tabAllowed) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL && !(tabAllowed && codePoint == '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
