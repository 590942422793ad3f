package org.alumniportal.analytics.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SettingValuesTest {

    @Test
    void aBooleanSettingTakesOnlyJsonBooleans() {
        assertThat(SettingValues.parse(Setting.REGISTRATION_OPEN, false).value()).isEqualTo("false");
        assertThat(SettingValues.parse(Setting.REGISTRATION_OPEN, "no").error()).isEqualTo("must be true or false");
        assertThat(SettingValues.parse(Setting.REGISTRATION_OPEN, null).error()).isNotNull();
    }

    @Test
    void anUploadCapStaysWithinItsBounds() {
        assertThat(SettingValues.parse(Setting.MAX_CV_MB, 10).value()).isEqualTo("10");
        assertThat(SettingValues.parse(Setting.MAX_CV_MB, 0).error()).isEqualTo("must be between 1 and 20");
        assertThat(SettingValues.parse(Setting.MAX_CV_MB, 2.5).error()).startsWith("must be a whole number");
    }

    @Test
    void trustedDomainsAreCleanedIntoOneCommaList() {
        assertThat(SettingValues.parse(Setting.RECRUITER_TRUSTED_DOMAINS, List.of("Acme.com ", "hire.org", "acme.com"))
                .value()).isEqualTo("acme.com,hire.org");
        assertThat(SettingValues.parse(Setting.RECRUITER_TRUSTED_DOMAINS, "a.com, b.io").value()).isEqualTo("a.com,b.io");
        assertThat(SettingValues.parse(Setting.RECRUITER_TRUSTED_DOMAINS, "not a domain").error())
                .contains("not a domain");
        assertThat(SettingValues.typed(Setting.RECRUITER_TRUSTED_DOMAINS, "")).isEqualTo(List.of());
    }

    @Test
    void theMailSenderMustBeAnAddress() {
        assertThat(SettingValues.parse(Setting.MAIL_SENDER, "Portal@Example.edu").value()).isEqualTo("portal@example.edu");
        assertThat(SettingValues.parse(Setting.MAIL_SENDER, "portal").error()).isEqualTo("must be an e-mail address");
    }

    @Test
    void everyDefaultIsAValidValueOfItsType() {
        for (Setting setting : Setting.values()) {
            Object typed = SettingValues.typed(setting, setting.defaultValue());
            Object json = typed instanceof Long l ? Integer.valueOf(l.intValue()) : typed;
            assertThat(SettingValues.parse(setting, json).value()).as(setting.key()).isEqualTo(setting.defaultValue());
        }
    }
}
