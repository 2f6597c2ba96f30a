package dev.onair.it.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onair.it.support.Api;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every dependency of the running stack is reported on its own. */
class HealthIT {

    @Test
    void reportsEachDependencyUp() {
        var response = Api.get("/api/health", null);

        assertEquals(200, response.statusCode(), response.body());
        JsonObject report = Api.json(response);
        assertEquals("UP", report.getString("status"));
        Map<String, String> checks = report.getJsonArray("checks").stream().map(v -> v.asJsonObject())
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
        assertEquals(Map.of("database", "UP", "redis", "UP", "broker", "UP", "media", "UP"), checks);
    }
}
