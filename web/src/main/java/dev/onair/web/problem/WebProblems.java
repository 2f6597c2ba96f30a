package dev.onair.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (404, 405, 415, 401 ...) in the problem shape. */
@Provider
public class WebProblems extends Problems implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ")
                ? status.getReasonPhrase() : e.getMessage();
        if (e.getCause() instanceof jakarta.json.bind.JsonbException
                || e.getCause() instanceof jakarta.json.JsonException) {
            detail = "the request body is not valid JSON of the expected shape";
        }
        Problem problem = new Problem(java.net.URI.create("about:blank"), status.getReasonPhrase(),
                status.getStatusCode(), detail, null, null);
        Response answer = answer(problem);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> answer.getHeaders().add(name, v));
            }
        });
        return answer;
    }
}
