package org.alumniportal.platform.test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base class of a service's {@code *IT}: the whole application on a random port, against the JVM's shared
 * {@link PortalInfrastructure} (MongoDB + Kafka), without Eureka, with {@link TestJwts} tokens accepted in
 * place of Keycloak's. Every subclass with the same configuration shares one cached context.
 *
 * <p>A service's pom needs, all test scope: {@code service-starter} with {@code <type>test-jar</type>},
 * {@code local-stack}, {@code spring-boot-starter-test}, and for runs with Docker
 * {@code org.testcontainers:testcontainers-mongodb} and {@code testcontainers-kafka} (without them it always
 * uses the embedded infrastructure). Maven does not pass a test-jar's own dependencies on.
 *
 * <pre>{@code
 * class RegistrationIT extends PortalIntegrationTest {
 *     @LocalServerPort int port;
 *     ...
 * }
 * }</pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Development secrets live only in the local profile, as on the local stack (./portal turns it on too).
@ActiveProfiles("local")
@Import(TestJwtDecoderConfiguration.class)
public abstract class PortalIntegrationTest {

    @DynamicPropertySource
    static void portalInfrastructure(DynamicPropertyRegistry registry) {
        PortalInfrastructure.shared().registerProperties(registry);
    }
}
