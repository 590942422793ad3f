package org.alumniportal.profile.card;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The token a card's QR code carries: a compact JWS (HS256) with the card id ({@code jti}), the holder
 * ({@code sub}) and the expiry ({@code exp}). It is not a guessable id: without the key nobody can make one, and
 * the card id in it is random. The same card always gives the same token (HMAC is deterministic), so a printed
 * QR stays valid until the card is revoked or expires.
 */
final class CardTokens {

    static final String ISSUER = "alumni-portal/card";

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final Clock clock;

    CardTokens(String key, Clock clock) {
        byte[] secret = key.getBytes(StandardCharsets.UTF_8);
        if (secret.length < 32) {
            throw new IllegalStateException("The card signing key needs at least 32 bytes (256 bits) for HS256");
        }
        try {
            this.signer = new MACSigner(secret);
            this.verifier = new MACVerifier(secret);
        } catch (JOSEException e) {
            throw new IllegalStateException("Unusable card signing key", e);
        }
        this.clock = clock;
    }

    String sign(String cardId, String userId, Instant issuedAt, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject(userId).jwtID(cardId)
                .issueTime(Date.from(issuedAt)).expirationTime(Date.from(expiresAt)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a card token", e);
        }
        return jwt.serialize();
    }

    /** Signature, algorithm and claims first (else {@link Check#invalid()}), then the expiry against the clock. */
    Check check(String token) {
        if (token == null || token.isBlank() || token.length() > 2048) {
            return Check.invalid();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token.strip());
            // Only our algorithm: never let the token choose how it is checked ("alg": "none" and friends).
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Check.invalid();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date exp = claims.getExpirationTime();
            if (!ISSUER.equals(claims.getIssuer()) || claims.getSubject() == null || claims.getJWTID() == null
                    || exp == null) {
                return Check.invalid();
            }
            boolean expired = !clock.instant().isBefore(exp.toInstant());
            return new Check(true, expired, claims.getJWTID(), claims.getSubject(), exp.toInstant());
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return Check.invalid();
        }
    }

    /** What a token says; {@code cardId}, {@code userId} and {@code expiresAt} only when {@code authentic}. */
    record Check(boolean authentic, boolean expired, String cardId, String userId, Instant expiresAt) {

        static Check invalid() {
            return new Check(false, false, null, null, null);
        }
    }
}
