package dev.onair.web.group;

import dev.onair.chat.group.boundary.GroupRefused;
import dev.onair.web.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Group refusals as problems: 400, 403, 404, 409 with the reason as detail. */
@Provider
public class GroupProblems implements ExceptionMapper<GroupRefused> {

    @Override
    public Response toResponse(GroupRefused e) {
        Problem problem = switch (e.status()) {
            case GroupRefused.FORBIDDEN -> Problem.of("group-forbidden", "Not allowed", Status.FORBIDDEN, e.getMessage());
            case GroupRefused.NOT_FOUND -> Problem.of("not-found", "Not found", Status.NOT_FOUND, e.getMessage());
            case GroupRefused.CONFLICT -> Problem.of("group-conflict", "Conflict", Status.CONFLICT, e.getMessage());
            default -> Problem.of("invalid-group", "Invalid request", Status.BAD_REQUEST, e.getMessage());
        };
        return problem.toResponse();
    }
}
