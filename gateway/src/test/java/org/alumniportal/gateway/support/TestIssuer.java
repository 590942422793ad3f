package org.alumniportal.gateway.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for Keycloak's realm endpoints: OpenID discovery and the JWKS on a local port, so the gateway's
 * real issuer-uri decoder (issuer check, JWKS signature, expiry) is what the tests exercise.
 */
public final class TestIssuer implements AutoCloseable {

    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey strangerKey;
    private final String issuer;

    private TestIssuer(HttpServer server, RSAKey key, RSAKey strangerKey, String issuer) {
        this.server = server;
        this.key = key;
        this.strangerKey = strangerKey;
        this.issuer = issuer;
    }

    public static TestIssuer start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("realm-key").generate();
            RSAKey stranger = new RSAKeyGenerator(2048).keyID("realm-key").generate();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/alumni";
            String discovery = """
                    {"issuer": "%s", "jwks_uri": "%s/protocol/openid-connect/certs",
                     "authorization_endpoint": "%s/protocol/openid-connect/auth",
                     "token_endpoint": "%s/protocol/openid-connect/token",
                     "subject_types_supported": ["public"], "id_token_signing_alg_values_supported": ["RS256"]}
                    """.formatted(issuer, issuer, issuer, issuer);
            String jwks = new JWKSet(key.toPublicJWK()).toString();
            server.createContext("/realms/alumni/.well-known/openid-configuration", ex -> reply(ex, discovery));
            server.createContext("/realms/alumni/protocol/openid-connect/certs", ex -> reply(ex, jwks));
            TestIssuer testIssuer = new TestIssuer(server, key, stranger, issuer);
            server.createContext("/realms/alumni/protocol/openid-connect/token", testIssuer::clientCredentials);
            server.start();
            return testIssuer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Client(String secret, String serviceAccountId, String role) {
    }

    private final Map<String, Client> clients = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger grants = new java.util.concurrent.atomic.AtomicInteger();

    /** A confidential client whose client credentials grant yields tokens of {@code serviceAccountId} with {@code role}. */
    public void registerClient(String clientId, String secret, String serviceAccountId, String role) {
        clients.put(clientId, new Client(secret, serviceAccountId, role));
    }

    /** As Keycloak after the client's deletion: its grant is refused from now on. */
    public void deleteClient(String clientId) {
        clients.remove(clientId);
    }

    /** How many client credentials grants succeeded so far. */
    public int grants() {
        return grants.get();
    }

    private void clientCredentials(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        Map<String, String> form = new java.util.HashMap<>();
        for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2) {
                form.put(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        Client client = clients.get(form.getOrDefault("client_id", ""));
        if (!"client_credentials".equals(form.get("grant_type")) || client == null
                || !client.secret().equals(form.get("client_secret"))) {
            reply(exchange, 401, "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client credentials\"}");
            return;
        }
        grants.incrementAndGet();
        String bearer = login(client.serviceAccountId(), client.role()).bearer();
        reply(exchange, 200, "{\"access_token\":\"" + bearer.substring("Bearer ".length())
                + "\",\"expires_in\":300,\"token_type\":\"Bearer\",\"scope\":\"profile email\"}");
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
        reply(exchange, 200, json);
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    public String issuer() {
        return issuer;
    }

    /** A token as Keycloak issues it for a fresh login. */
    public Token login(String userId, String... roles) {
        return new Token(userId, UUID.randomUUID().toString(), Instant.now(), Duration.ofMinutes(5), issuer, key,
                List.of(roles));
    }

    public record Token(String userId, String sessionId, Instant issuedAt, Duration lifetime, String issuer,
            RSAKey signingKey, List<String> roles) {

        public Token issuedAt(Instant instant) {
            return new Token(userId, sessionId, instant, lifetime, issuer, signingKey, roles);
        }

        public Token fromIssuer(String otherIssuer) {
            return new Token(userId, sessionId, issuedAt, lifetime, otherIssuer, signingKey, roles);
        }

        public Token signedBy(RSAKey otherKey) {
            return new Token(userId, sessionId, issuedAt, lifetime, issuer, otherKey, roles);
        }

        public String bearer() {
            try {
                JWTClaimsSet claims = new JWTClaimsSet.Builder()
                        .issuer(issuer).subject(userId).audience("account")
                        .issueTime(Date.from(issuedAt)).expirationTime(Date.from(issuedAt.plus(lifetime)))
                        .jwtID(UUID.randomUUID().toString())
                        .claim("sid", sessionId).claim("azp", "portal-api").claim("typ", "Bearer")
                        .claim("email", userId + "@example.edu").claim("email_verified", true)
                        .claim("realm_access", Map.of("roles", roles))
                        .build();
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                        claims);
                jwt.sign(new RSASSASigner(signingKey));
                return "Bearer " + jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A key with the same id as the realm's, which the realm never published. */
    public RSAKey strangerKey() {
        return strangerKey;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
