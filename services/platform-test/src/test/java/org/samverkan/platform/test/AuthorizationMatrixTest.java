package org.samverkan.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The table's own checks, which need no running service: a missing, stale, misspelt or doubled line is a failure. */
class AuthorizationMatrixTest {
    private static final String API = """
            {"paths": {"/api/things/{id}": {"get": {}, "delete": {}}}}""";

    @Test
    void anOperationOfTheDescriptionWithoutALineFailsNamingTheLineToAdd() {
        AccessTable table = AccessTable.parse("t.txt", "GET /api/things/{id} crisis-staff\n");
        // The missing row makes no request: the port is never called.
        var result = AuthorizationMatrix.on(1, "org").run(table, JsonMapper.builder().build().readTree(API), false);
        assertThat(result.failures()).containsExactly(
                "not in t.txt: DELETE /api/things/{id} (add the line 'DELETE /api/things/{id} <who may>')");
    }

    @Test
    void aLineWithoutAnOperationFailsNamingItsLine() {
        AccessTable table = AccessTable.parse("t.txt", "# who\nGET /api/things/{id} crisis-staff\nDELETE /api/things/{id} operator\nPOST /api/gone anyone\n");
        var result = AuthorizationMatrix.on(1, "org").run(table, JsonMapper.builder().build().readTree(API), false);
        assertThat(result.failures()).containsExactly("t.txt:4: POST /api/gone is not in the OpenAPI description");
    }

    @Test
    void aWordThatIsNoRoleAndADoubledLineAreMistakes() {
        AccessTable table = AccessTable.parse("t.txt", "GET /api/a crisis-staf\nGET /api/a operator\nFETCH /api/b anyone\n");
        assertThat(table.mistakes()).containsExactly(
                "t.txt:1: 'crisis-staf' is neither a role of the realm nor anyone, representative, own-representative or signed-link",
                "t.txt:2: GET /api/a is declared twice",
                "t.txt:3: expected 'METHOD /path who...', got 'FETCH /api/b anyone'");
    }
}
