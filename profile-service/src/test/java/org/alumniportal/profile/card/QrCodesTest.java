package org.alumniportal.profile.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QrCodesTest {

    @Test
    void aVerifyLinkWithAFullTokenReadsBackFromThePng() {
        String link = "https://portal.example.edu/api/alumni-card/verify?token=" + "eyJhbGciOiJIUzI1NiJ9."
                + "a".repeat(180) + "." + "b".repeat(43);

        byte[] png = QrCodes.png(link, QrCodes.DEFAULT_SIZE);

        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(QrTestSupport.decode(png)).isEqualTo(link);
    }
}
