package org.alumniportal.auth.password;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long a mailed password-reset token works. */
@ConfigurationProperties("portal.auth.reset")
record ResetProperties(@DefaultValue("30m") Duration ttl) {
}
