package org.alumniportal.platform.test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Access tokens shaped like Keycloak's ({@code sub}, {@code sid}, {@code email}, {@code name},
 * {@code realm_access.roles}), signed with a key made for this JVM. {@link #decoder()} (registered by
 * {@link PortalIntegrationTest}) accepts exactly these, so tests need no Keycloak but still go through real
 * signature and expiry checks.
 *
 * <pre>{@code
 * String bearer = TestJwts.bearer("user-1", "ada@example.edu", List.of("ALUMNI"), "session-1");
 * String admin = TestJwts.user("admin-1").roles("ADMIN").bearer();
 * }</pre>
 */
public final class TestJwts {

    public static final String ISSUER = "http://127.0.0.1/realms/alumni-test";

    private static final KeyPair KEYS = generateKeys();
    private static final JwtEncoder ENCODER = NimbusJwtEncoder
            .withKeyPair((RSAPublicKey) KEYS.getPublic(), (RSAPrivateKey) KEYS.getPrivate()).build();
    private static final JwtDecoder DECODER = NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic())
            .build();

    private TestJwts() {
    }

    public static Builder user(String subject) {
        return new Builder(subject);
    }

    public static Jwt jwt(String subject, String email, Collection<String> roles, String sessionId) {
        return user(subject).email(email).roles(roles).sessionId(sessionId).jwt();
    }

    /** The encoded token, for an {@code Authorization} header or a gateway test. */
    public static String token(String subject, String email, Collection<String> roles, String sessionId) {
        return jwt(subject, email, roles, sessionId).getTokenValue();
    }

    /** {@code "Bearer <token>"}, the value of the {@code Authorization} header. */
    public static String bearer(String subject, String email, Collection<String> roles, String sessionId) {
        return "Bearer " + token(subject, email, roles, sessionId);
    }

    /** Accepts the tokens of this class (signature, {@code exp}/{@code nbf}) and nothing else. */
    public static JwtDecoder decoder() {
        return DECODER;
    }

    public static final class Builder {

        private final String subject;
        private String email;
        private String name = "Test User";
        private List<String> roles = List.of();
        private String sessionId = UUID.randomUUID().toString();
        private Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        private Duration lifetime = Duration.ofMinutes(5);
        private final Map<String, Object> extra = new LinkedHashMap<>();

        private Builder(String subject) {
            this.subject = subject;
            this.email = subject + "@alumni-portal.test";
        }

        public Builder email(String value) {
            this.email = value;
            return this;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Realm roles without prefix: {@code STUDENT}, {@code ALUMNI}, {@code RECRUITER}, {@code ADMIN}. */
        public Builder roles(String... values) {
            return roles(List.of(values));
        }

        public Builder roles(Collection<String> values) {
            this.roles = List.copyOf(values);
            return this;
        }

        public Builder sessionId(String value) {
            this.sessionId = value;
            return this;
        }

        public Builder issuedAt(Instant value) {
            this.issuedAt = value;
            return this;
        }

        /** A token that expired a minute ago: the decoder refuses it, like Keycloak's after 300 s. */
        public Builder expired() {
            this.issuedAt = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
            this.lifetime = Duration.ofMinutes(9);
            return this;
        }

        public Builder claim(String name, Object value) {
            extra.put(name, value);
            return this;
        }

        public Jwt jwt() {
            JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                    .issuer(ISSUER)
                    .subject(subject)
                    .issuedAt(issuedAt)
                    .expiresAt(issuedAt.plus(lifetime))
                    .id(UUID.randomUUID().toString())
                    .claim("typ", "Bearer")
                    .claim("azp", "portal-api")
                    .claim("email_verified", true)
                    .claim("realm_access", Map.of("roles", roles));
            if (email != null) {
                claims.claim("email", email);
            }
            if (name != null) {
                claims.claim("name", name);
            }
            if (sessionId != null) {
                claims.claim("sid", sessionId);
            }
            extra.forEach(claims::claim);
            JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build();
            return ENCODER.encode(JwtEncoderParameters.from(header, claims.build()));
        }

        public String token() {
            return jwt().getTokenValue();
        }

        public String bearer() {
            return "Bearer " + token();
        }

        /** Headers with {@code Authorization: Bearer …}, for RestClient/TestRestTemplate exchanges. */
        public HttpHeaders headers() {
            HttpHeaders headers = new HttpHeaders();
            headers.setBearerAuth(token());
            return headers;
        }
    }

    private static KeyPair generateKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
