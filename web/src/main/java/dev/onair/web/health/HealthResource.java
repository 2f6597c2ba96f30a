package dev.onair.web.health;

import dev.onair.platform.health.DependencyHealth;
import dev.onair.platform.health.SystemHealth;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/health}: each dependency reported on its own, in the shape
 * of MicroProfile Health; 503 as soon as one is down, for load balancers.
 */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    SystemHealth health;

    @GET
    @PermitAll
    public Response check() {
        List<DependencyHealth> checks = health.check();
        boolean up = checks.stream().allMatch(DependencyHealth::up);
        Report report = new Report(status(up), checks.stream()
                .map(c -> new Check(c.name(), status(c.up()), Map.of("detail", c.detail(), "millis", c.millis())))
                .toList());
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(report).build();
    }

    private static String status(boolean up) {
        return up ? "UP" : "DOWN";
    }

    public record Report(String status, List<Check> checks) {
    }

    public record Check(String name, String status, Map<String, Object> data) {
    }
}
