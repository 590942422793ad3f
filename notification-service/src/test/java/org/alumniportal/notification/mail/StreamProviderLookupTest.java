package org.alumniportal.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jakarta.mail.util.StreamProvider;

class StreamProviderLookupTest {

    @Test
    void mailPartsGetAngusStreamProviderNamedInsteadOfLookedUpEachTime() {
        StreamProviderLookup.skipServiceLoader();

        assertThat(System.getProperty(StreamProviderLookup.PROPERTY)).isEqualTo(StreamProviderLookup.ANGUS);
        assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(StreamProviderLookup.ANGUS);
    }

    @Test
    void aProviderSomeoneElseNamedIsKept() {
        String before = System.getProperty(StreamProviderLookup.PROPERTY);
        System.setProperty(StreamProviderLookup.PROPERTY, "com.example.OtherProvider");
        try {
            StreamProviderLookup.skipServiceLoader();

            assertThat(System.getProperty(StreamProviderLookup.PROPERTY)).isEqualTo("com.example.OtherProvider");
        } finally {
            if (before == null) {
                System.clearProperty(StreamProviderLookup.PROPERTY);
            } else {
                System.setProperty(StreamProviderLookup.PROPERTY, before);
            }
        }
    }
}
