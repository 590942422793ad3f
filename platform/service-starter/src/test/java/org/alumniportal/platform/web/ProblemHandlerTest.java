package org.alumniportal.platform.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.alumniportal.platform.testapp.ProbeController;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** What a client sees for each kind of bad request, rendered by ProblemHandler through Spring MVC alone. */
class ProblemHandlerTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ProbeController())
            .setControllerAdvice(new ProblemHandler())
            .build();

    private ResultActions postJson(String body) throws Exception {
        return mvc.perform(post("/probe/people").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static org.springframework.test.web.servlet.ResultMatcher problem(int status, String slug) {
        return result -> {
            status().is(status).match(result);
            content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).match(result);
            jsonPath("$.type").value(Problems.TYPE_BASE + slug).match(result);
            jsonPath("$.status").value(status).match(result);
        };
    }

    @Test
    void validRequestPasses() throws Exception {
        postJson("{\"name\":\"Ada\",\"email\":\"ada@example.edu\",\"age\":36,\"role\":\"ALUMNI\"}")
                .andExpect(status().isCreated());
    }

    @Test
    void validationErrorsListEveryInvalidField() throws Exception {
        postJson("{\"name\":\"\",\"email\":\"not-an-email\",\"age\":12}")
                .andExpect(problem(400, "validation"))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "email", "age")))
                .andExpect(jsonPath("$.errors[?(@.field == 'age')].message").value(
                        org.hamcrest.Matchers.hasItem(containsString("16"))));
    }

    @Test
    void malformedJsonIsA400ProblemNotA500() throws Exception {
        postJson("{\"name\": \"Ada\", ").andExpect(problem(400, "malformed-request"));
    }

    @Test
    void missingBodyIsMalformed() throws Exception {
        mvc.perform(post("/probe/people").contentType(MediaType.APPLICATION_JSON))
                .andExpect(problem(400, "malformed-request"));
    }

    @Test
    void wrongTypeInTheBodyNamesTheField() throws Exception {
        postJson("{\"name\":\"Ada\",\"email\":\"ada@example.edu\",\"age\":\"old\"}")
                .andExpect(problem(400, "validation"))
                .andExpect(jsonPath("$.errors[0].field").value("age"));
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() throws Exception {
        postJson("{\"name\":\"Ada\",\"email\":\"ada@example.edu\",\"age\":30,\"role\":\"WIZARD\"}")
                .andExpect(problem(400, "validation"))
                .andExpect(jsonPath("$.errors[0].field").value("role"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("ALUMNI")));
    }

    @Test
    void missingQueryParameterIs400() throws Exception {
        mvc.perform(get("/probe/search")).andExpect(problem(400, "validation"))
                .andExpect(jsonPath("$.errors[0].field").value("q"));
    }

    @Test
    void parameterOfTheWrongTypeIs400() throws Exception {
        mvc.perform(get("/probe/search").param("q", "java").param("page", "two"))
                .andExpect(problem(400, "validation"))
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void wrongMethodIs405WithAllowHeader() throws Exception {
        mvc.perform(delete("/probe/people"))
                .andExpect(problem(405, "method-not-allowed"))
                .andExpect(header().string("Allow", containsString("POST")));
    }

    @Test
    void unsupportedContentTypeIs415() throws Exception {
        mvc.perform(post("/probe/people").contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(problem(415, "unsupported-media-type"));
    }

    @Test
    void unsatisfiableAcceptHeaderIs406NotA500() throws Exception {
        mvc.perform(get("/probe/search").param("q", "java").accept(MediaType.APPLICATION_XML))
                .andExpect(status().isNotAcceptable());
    }

    @Test
    void portalExceptionKeepsItsStatusTypeTitleAndProperties() throws Exception {
        mvc.perform(get("/probe/conflict"))
                .andExpect(problem(409, "email-taken"))
                .andExpect(jsonPath("$.title").value("Email already registered"))
                .andExpect(jsonPath("$.detail").value("An account with this email exists."))
                .andExpect(jsonPath("$.email").value("ada@example.edu"));
    }

    @Test
    void portalExceptionCarriesItsResponseHeaders() throws Exception {
        mvc.perform(get("/probe/slow-down"))
                .andExpect(problem(429, "otp-cooldown"))
                .andExpect(header().string("Retry-After", "42"))
                .andExpect(jsonPath("$.retryAfterSeconds").value(42));
    }

    @Test
    void unexpectedExceptionIs500InternalWithoutItsMessageOrStackTrace() throws Exception {
        mvc.perform(get("/probe/boom"))
                .andExpect(problem(500, "internal"))
                .andExpect(content().string(not(containsString("secret"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(content().string(not(containsString("at org."))))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }
}
