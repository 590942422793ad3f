package org.alumniportal.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.json.JsonMapper;

class ProblemErrorHandlerTest {

    private final ProblemErrorHandler handler = new ProblemErrorHandler(new ProblemWriter(JsonMapper.builder().build()));

    @Test
    void anUnreachableServiceIsAServiceUnavailableProblem() {
        MockServerWebExchange exchange = handle(new IllegalStateException("proxy", new ConnectException("refused")));

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(body(exchange)).contains("/problems/service-unavailable");
    }

    @Test
    void aConnectionClosedUnderTheRequestIsAServiceUnavailableProblemNotAnInternalError() {
        MockServerWebExchange exchange = handle(new IllegalStateException("proxy",
                new java.io.IOException("Connection prematurely closed BEFORE response")));

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(body(exchange)).contains("/problems/service-unavailable");
    }

    @Test
    void anUnreachableIdentityProviderIsAServiceUnavailableProblemNotAnInternalError() {
        MockServerWebExchange exchange = handle(new AuthenticationServiceException("Couldn't retrieve remote JWK set"));

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(body(exchange)).contains("/problems/identity-provider-unavailable");
    }

    @Test
    void noRouteIsANotFoundProblem() {
        MockServerWebExchange exchange = handle(new ResponseStatusException(HttpStatus.NOT_FOUND));

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body(exchange)).contains("/problems/not-found").contains("\"instance\":\"/api/nowhere\"");
    }

    @Test
    void anUnexpectedErrorRevealsNothingOfItself() {
        MockServerWebExchange exchange = handle(new IllegalStateException("secret internals"));

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(body(exchange)).contains("/problems/internal").doesNotContain("secret internals");
    }

    private MockServerWebExchange handle(Throwable error) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/nowhere"));
        handler.handle(exchange, error).block();
        return exchange;
    }

    private static String body(MockServerWebExchange exchange) {
        return exchange.getResponse().getBodyAsString().block();
    }
}
