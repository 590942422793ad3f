package org.alumniportal.auth.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;

import org.alumniportal.auth.directory.Accounts;
import org.alumniportal.auth.identity.IdentityProviderUnavailableException;
import org.alumniportal.auth.identity.InMemoryIdentityProvider;
import org.alumniportal.auth.identity.NewIdentityUser;
import org.alumniportal.auth.identity.PortalRole;
import org.alumniportal.auth.mail.Mailer;
import org.alumniportal.auth.testing.InMemoryRepository;
import org.alumniportal.platform.test.MutableClock;
import org.alumniportal.platform.events.user.UserVerified;
import org.alumniportal.auth.testing.StagingEventsMock;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.web.PortalException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class VerificationServiceTest {

    private static final String EMAIL = "ada@example.edu";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
    private final InMemoryIdentityProvider identity = new InMemoryIdentityProvider();
    private final EventPublisher events = StagingEventsMock.create();
    private final Mailer mailer = mock(Mailer.class);
    private final InMemoryRepository<EmailOtp, EmailOtpRepository> codes =
            new InMemoryRepository<>(EmailOtpRepository.class, EmailOtp::email);
    private final InMemoryRepository<ResendThrottle, ResendThrottleRepository> throttle =
            new InMemoryRepository<>(ResendThrottleRepository.class, ResendThrottle::addressHash);
    private final OtpProperties rules = new OtpProperties("test-pepper", Duration.ofMinutes(10), 5,
            Duration.ofSeconds(60));
    private VerificationService verification;
    private String userId;

    @BeforeEach
    void registerAda() {
        verification = new VerificationService(codes.repository(), throttle.repository(), identity, events, mailer,
                rules, clock, mock(Accounts.class));
        userId = identity.createUser(new NewIdentityUser(EMAIL, "Analytical#Engine1843", "Ada Lovelace", false));
        identity.assignRole(userId, PortalRole.ALUMNI);
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    @Test
    void theMailedCodeVerifiesTheAddressAndAnnouncesIt() {
        String code = verification.issueCode(userId, EMAIL);

        VerifiedEmail verified = verification.verify("  Ada@Example.edu ", code);

        assertThat(verified).isEqualTo(new VerifiedEmail(EMAIL, true));
        assertThat(identity.findById(userId).orElseThrow().emailVerified()).isTrue();
        verify(events).publish(userId, new UserVerified(userId, EMAIL, "ALUMNI"));
    }

    @Test
    void theCodeIsStoredOnlyAsAHash() {
        String code = verification.issueCode(userId, EMAIL);
        assertThat(codes.rows().get(EMAIL)).extracting("codeHash").asString().hasSize(64).doesNotContain(code);
    }

    @Test
    void aWrongCodeSaysHowManyAttemptsAreLeft() {
        String code = verification.issueCode(userId, EMAIL);

        PortalException first = catchThrowableOfType(PortalException.class, () -> verification.verify(EMAIL, wrong(code)));
        PortalException second = catchThrowableOfType(PortalException.class, () -> verification.verify(EMAIL, wrong(code)));

        assertThat(first.type()).isEqualTo("otp-invalid");
        assertThat(first.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(first.properties()).containsEntry("attemptsLeft", 4);
        assertThat(second.properties()).containsEntry("attemptsLeft", 3);
    }

    @Test
    void theSixthTryIsRefusedEvenWithTheRightCode() {
        String code = verification.issueCode(userId, EMAIL);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> verification.verify(EMAIL, wrong(code)))
                    .hasFieldOrPropertyWithValue("type", "otp-invalid");
        }

        assertThatThrownBy(() -> verification.verify(EMAIL, code)).hasFieldOrPropertyWithValue("type", "otp-locked");
        assertThat(identity.findById(userId).orElseThrow().emailVerified()).isFalse();
        verify(events, never()).publish(anyString(), any());
    }

    @Test
    void aCodeOlderThanTenMinutesHasExpired() {
        String code = verification.issueCode(userId, EMAIL);
        clock.advance(Duration.ofMinutes(10));

        assertThatThrownBy(() -> verification.verify(EMAIL, code)).hasFieldOrPropertyWithValue("type", "otp-expired");
    }

    @Test
    void aUsedCodeDoesNotWorkASecondTime() {
        String code = verification.issueCode(userId, EMAIL);
        verification.verify(EMAIL, code);

        assertThatThrownBy(() -> verification.verify(EMAIL, code)).hasFieldOrPropertyWithValue("type", "otp-invalid");
    }

    @Test
    void anAddressWithoutCodeGetsOtpInvalid() {
        assertThatThrownBy(() -> verification.verify("nobody@example.edu", "123456"))
                .hasFieldOrPropertyWithValue("type", "otp-invalid");
    }

    @Test
    void aResendWithinSixtySecondsIsRefusedWithRetryAfter() {
        verification.issueCode(userId, EMAIL);
        clock.advance(Duration.ofSeconds(15));

        OtpCooldownException refused = catchThrowableOfType(OtpCooldownException.class,
                () -> verification.resend(EMAIL));

        assertThat(refused.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.type()).isEqualTo("otp-cooldown");
        assertThat(refused.retryAfterSeconds()).isEqualTo(45);
        verify(mailer, never()).sendVerificationCode(anyString(), anyString(), anyString(), any());
    }

    @Test
    void aResendAfterTheCooldownMailsANewCodeAndTheOldOneStopsWorking() {
        String old = verification.issueCode(userId, EMAIL);
        clock.advance(Duration.ofSeconds(60));

        verification.resend(EMAIL);

        verify(mailer).sendVerificationCode(eq(userId), eq(EMAIL), anyString(), eq(Duration.ofMinutes(10)));
        assertThatThrownBy(() -> verification.verify(EMAIL, old)).hasFieldOrPropertyWithValue("type", "otp-invalid");
    }

    @Test
    void unknownAndVerifiedAddressesGetTheSameAnswerButNoMail() {
        verification.resend("nobody@example.edu");
        String code = verification.issueCode(userId, EMAIL);
        verification.verify(EMAIL, code);
        clock.advance(Duration.ofMinutes(2));
        verification.resend(EMAIL);

        verify(mailer, never()).sendVerificationCode(anyString(), anyString(), anyString(), any());
    }

    @Test
    void theCooldownAppliesToUnknownAddressesToo() {
        verification.resend("nobody@example.edu");
        clock.advance(Duration.ofSeconds(1));

        assertThatThrownBy(() -> verification.resend("nobody@example.edu"))
                .isInstanceOf(OtpCooldownException.class);
    }

    @Test
    void whenKeycloakFailsTheCodeStaysUsableForAnotherTry() {
        String code = verification.issueCode(userId, EMAIL);
        identity.failNext("markEmailVerified");

        assertThatThrownBy(() -> verification.verify(EMAIL, code))
                .isInstanceOf(IdentityProviderUnavailableException.class);
        assertThat(verification.verify(EMAIL, code).emailVerified()).isTrue();
    }
}
