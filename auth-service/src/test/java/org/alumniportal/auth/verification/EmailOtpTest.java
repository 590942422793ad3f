package org.alumniportal.auth.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.alumniportal.auth.verification.EmailOtp.Outcome;
import org.junit.jupiter.api.Test;

class EmailOtpTest {

    private static final Instant ISSUED = Instant.parse("2026-11-28T10:00:00Z");
    private static final Duration TTL = Duration.ofMinutes(10);
    private final OtpCodes codes = new OtpCodes("test-pepper");

    private EmailOtp otpFor(String code) {
        return EmailOtp.issue("ada@example.edu", "user-1", codes.hash("ada@example.edu", code), ISSUED, TTL);
    }

    private String hash(String code) {
        return codes.hash("ada@example.edu", code);
    }

    @Test
    void theRightCodeWithinTenMinutesVerifies() {
        EmailOtp otp = otpFor("123456");
        assertThat(otp.attempt(hash("123456"), ISSUED.plus(Duration.ofMinutes(9)), 5)).isEqualTo(Outcome.VERIFIED);
    }

    @Test
    void theRightCodeAfterTenMinutesHasExpired() {
        EmailOtp otp = otpFor("123456");
        assertThat(otp.attempt(hash("123456"), ISSUED.plus(TTL), 5)).isEqualTo(Outcome.EXPIRED);
        assertThat(otp.attemptsLeft(5)).as("an expired try is not a wrong try").isEqualTo(5);
    }

    @Test
    void aCodeWorksOnlyOnce() {
        EmailOtp otp = otpFor("123456");
        otp.attempt(hash("123456"), ISSUED.plusSeconds(1), 5);
        assertThat(otp.attempt(hash("123456"), ISSUED.plusSeconds(2), 5)).isEqualTo(Outcome.ALREADY_USED);
    }

    @Test
    void eachWrongCodeCostsOneOfFiveAttempts() {
        EmailOtp otp = otpFor("123456");
        for (int left = 4; left >= 0; left--) {
            assertThat(otp.attempt(hash("000000"), ISSUED.plusSeconds(1), 5)).isEqualTo(Outcome.WRONG_CODE);
            assertThat(otp.attemptsLeft(5)).isEqualTo(left);
        }
    }

    @Test
    void afterFiveWrongCodesTheSixthTryIsRefusedEvenWithTheRightCode() {
        EmailOtp otp = otpFor("123456");
        for (int i = 0; i < 5; i++) {
            otp.attempt(hash("000000"), ISSUED.plusSeconds(1), 5);
        }
        assertThat(otp.attempt(hash("123456"), ISSUED.plusSeconds(2), 5)).isEqualTo(Outcome.LOCKED);
        assertThat(otp.attempt(hash("123456"), ISSUED.plusSeconds(3), 5)).isEqualTo(Outcome.LOCKED);
    }

    @Test
    void fourWrongCodesStillLeaveTheRightOneWorking() {
        EmailOtp otp = otpFor("123456");
        for (int i = 0; i < 4; i++) {
            otp.attempt(hash("000000"), ISSUED.plusSeconds(1), 5);
        }
        assertThat(otp.attempt(hash("123456"), ISSUED.plusSeconds(2), 5)).isEqualTo(Outcome.VERIFIED);
    }

    @Test
    void aNewCodeReplacesTheOldOneAndUnlocks() {
        EmailOtp otp = otpFor("123456");
        for (int i = 0; i < 5; i++) {
            otp.attempt(hash("000000"), ISSUED.plusSeconds(1), 5);
        }
        Instant later = ISSUED.plus(Duration.ofMinutes(2));
        otp.reissue("user-1", hash("654321"), later, TTL);
        assertThat(otp.attempt(hash("123456"), later.plusSeconds(1), 5)).as("the old code").isEqualTo(Outcome.WRONG_CODE);
        assertThat(otp.attempt(hash("654321"), later.plusSeconds(2), 5)).isEqualTo(Outcome.VERIFIED);
    }

    @Test
    void aReleasedCodeCanBeUsedAgain() {
        EmailOtp otp = otpFor("123456");
        otp.attempt(hash("123456"), ISSUED.plusSeconds(1), 5);
        otp.release();
        assertThat(otp.attempt(hash("123456"), ISSUED.plusSeconds(2), 5)).isEqualTo(Outcome.VERIFIED);
    }
}
