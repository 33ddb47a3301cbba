package org.samverkan.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A DTO's own bounds ({@code @Size}, {@code @Min}, {@code @Max}) answer 422 naming the field, like the platform's outer
 * bounds; a value that is not of the schema ({@code @NotBlank}) stays 400.
 */
class BoundViolationsTest {
    record Draft(@NotBlank @Size(max = 5) String code, @Size(max = 2) List<String> areas, @Min(1) @Max(10) Integer people) {
    }

    @RestController
    static class Drafts {
        @PostMapping("/drafts")
        String create(@Valid @RequestBody Draft draft) {
            return "ok";
        }

        @GetMapping("/drafts")
        String list(@RequestParam(defaultValue = "10") @Max(100) int size) {
            return "ok";
        }
    }

    private final MockMvc mvc = mvc();

    private static MockMvc mvc() {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        return MockMvcBuilders.standaloneSetup(new Drafts()).setControllerAdvice(new ProblemDetailsAdvice())
                .setValidator(validator).build();
    }

    @Test
    void aStringLongerThanItsSizeIs422NamingTheField() throws Exception {
        refused("{\"code\": \"toolong\"}", 422, "code");
    }

    @Test
    void aListLongerThanItsSizeIs422NamingTheField() throws Exception {
        refused("{\"code\": \"a\", \"areas\": [\"a\", \"b\", \"c\"]}", 422, "areas");
    }

    @Test
    void aNumberOutsideItsRangeIs422NamingTheField() throws Exception {
        refused("{\"code\": \"a\", \"people\": 11}", 422, "people");
        refused("{\"code\": \"a\", \"people\": 0}", 422, "people");
    }

    @Test
    void aQueryParameterOverItsMaximumIs422NamingTheParameter() throws Exception {
        mvc.perform(get("/drafts").param("size", "101"))
                .andExpect(status().is(422))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void aBlankRequiredFieldStays400EvenWithABoundBrokenBesideIt() throws Exception {
        refused("{\"code\": \" \"}", 400, "code");
        mvc.perform(post("/drafts").contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"\", \"people\": 11}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("code", "people")));
    }

    private void refused(String body, int expected, String field) throws Exception {
        mvc.perform(post("/drafts").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expected))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }
}
