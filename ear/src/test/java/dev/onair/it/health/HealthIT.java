package dev.onair.it.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.it.support.Api;
import dev.onair.it.support.Poll;
import dev.onair.it.support.Stack;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every dependency of the running stack is reported on its own; one down makes the whole 503. */
class HealthIT {

    static final Map<String, String> ALL_UP = Map.of("database", "UP", "redis", "UP", "broker", "UP", "media", "UP");

    @Test
    void reportsEachDependencyUp() {
        var response = Api.get("/api/health", null);

        assertEquals(200, response.statusCode(), response.body());
        JsonObject report = Api.json(response);
        assertEquals("UP", report.getString("status"));
        assertEquals(ALL_UP, statuses(report));
    }

    /** Freezes the stack's nginx (SIGSTOP, so nothing needs restarting) and expects media DOWN, 503. */
    @Test
    void answers503NamingTheMediaServerWhileItDoesNotAnswer() throws Exception {
        Path pidFile = Path.of(Stack.home(), "nginx", "logs", "nginx.pid");
        assertTrue(Files.exists(pidFile), "the test stack's nginx pid file " + pidFile);
        ProcessHandle master = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).orElseThrow();
        List<String> pids = new ArrayList<>();
        pids.add(Long.toString(master.pid()));
        master.children().forEach(worker -> pids.add(Long.toString(worker.pid())));

        signal("STOP", pids);
        try {
            var response = Api.get("/api/health", null);

            assertEquals(503, response.statusCode(), response.body());
            JsonObject report = Api.json(response);
            assertEquals("DOWN", report.getString("status"));
            assertEquals(Map.of("database", "UP", "redis", "UP", "broker", "UP", "media", "DOWN"), statuses(report));
        } finally {
            signal("CONT", pids);
        }
        Poll.until(Duration.ofSeconds(15), () -> Api.get("/api/health", null).statusCode() == 200
                ? Optional.of(true) : Optional.empty()).orElseThrow(() -> new AssertionError("health never recovered"));
    }

    static Map<String, String> statuses(JsonObject report) {
        return report.getJsonArray("checks").stream().map(v -> v.asJsonObject())
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
    }

    static void signal(String signal, List<String> pids) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        command.addAll(pids);
        assertEquals(0, new ProcessBuilder(command).inheritIO().start().waitFor(), "kill -" + signal + " " + pids);
    }
}
