package org.alumniportal.auth.verification;

import java.time.Duration;

import org.alumniportal.platform.config.RequiredSecret;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rules of the e-mail verification code. The pepper is a server secret (PORTAL_OTP_PEPPER): without it a
 * stolen database does not give the codes away by trying all million of them.
 */
@ConfigurationProperties("portal.auth.otp")
record OtpProperties(
        String pepper,
        @DefaultValue("10m") Duration ttl,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("60s") Duration resendCooldown) {

    OtpProperties {
        RequiredSecret.require(pepper, "PORTAL_OTP_PEPPER");
    }

    @Override
    public String toString() {
        return "OtpProperties[ttl=" + ttl + ", maxAttempts=" + maxAttempts + ", resendCooldown=" + resendCooldown + "]";
    }
}
