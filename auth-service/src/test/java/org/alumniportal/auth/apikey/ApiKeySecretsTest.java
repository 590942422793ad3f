package org.alumniportal.auth.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiKeySecretsTest {

    @Test
    void aKeyCarriesItsClientIdAndSecretAndParsesBack() {
        String secret = ApiKeySecrets.newSecret();
        String key = ApiKeySecrets.keyOf("apikey-acme-3d6f0a2b", secret);

        assertThat(key).startsWith("apk_apikey-acme-3d6f0a2b.");
        assertThat(ApiKeySecrets.parse(key)).hasValueSatisfying(parsed -> {
            assertThat(parsed.clientId()).isEqualTo("apikey-acme-3d6f0a2b");
            assertThat(parsed.secret()).isEqualTo(secret);
            assertThat(parsed.toString()).doesNotContain(secret);
        });
    }

    @Test
    void secretsAreLongRandomAndUrlSafe() {
        String one = ApiKeySecrets.newSecret();

        assertThat(one).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(ApiKeySecrets.newSecret());
    }

    @Test
    void malformedKeysDoNotParse() {
        assertThat(ApiKeySecrets.parse(null)).isEmpty();
        assertThat(ApiKeySecrets.parse("hello")).isEmpty();
        assertThat(ApiKeySecrets.parse("apk_nodot")).isEmpty();
        assertThat(ApiKeySecrets.parse("apk_client.")).isEmpty();
        assertThat(ApiKeySecrets.parse("apk_." + "x")).isEmpty();
        assertThat(ApiKeySecrets.parse("apk_c." + "x".repeat(300))).isEmpty();
    }

    @Test
    void clientIdsAreReadableSlugsWithTheKeysShortId() {
        assertThat(ApiKeySecrets.clientIdFor("3d6f0a2b-1c4e-4f8a-9b7d-2e5c6a8b9f01", "Acme Recruiting GmbH & Co. KG"))
                .isEqualTo("apikey-acme-recruiting-gmbh-3d6f0a2b");
        assertThat(ApiKeySecrets.clientIdFor("3d6f0a2b-1c4e-4f8a-9b7d-2e5c6a8b9f01", "株式会社"))
                .isEqualTo("apikey-3d6f0a2b");
    }

    @Test
    void theHashIsTheSha256OfTheWholeKey() {
        assertThat(ApiKeySecrets.hashOf("apk_a.b")).hasSize(64).isEqualTo(ApiKeySecrets.hashOf(" apk_a.b "))
                .isNotEqualTo(ApiKeySecrets.hashOf("apk_a.c"));
    }
}
