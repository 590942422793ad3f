package org.alumniportal.auth.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OtpCodesTest {

    private final OtpCodes codes = new OtpCodes("pepper-one");

    @Test
    void codesAreSixDigitsIncludingLeadingZeros() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = codes.next();
            assertThat(code).matches("\\d{6}");
            seen.add(code);
        }
        assertThat(seen).as("random, not a sequence").hasSizeGreaterThan(1900);
    }

    @Test
    void theHashHidesTheCodeAndDependsOnAddressAndPepper() {
        String hash = codes.hash("ada@example.edu", "123456");
        assertThat(hash).doesNotContain("123456").hasSize(64);
        assertThat(codes.hash("ada@example.edu", "123456")).isEqualTo(hash);
        assertThat(codes.hash("grace@example.edu", "123456")).isNotEqualTo(hash);
        assertThat(new OtpCodes("pepper-two").hash("ada@example.edu", "123456")).isNotEqualTo(hash);
    }
}
