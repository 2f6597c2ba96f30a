package dev.onair.web.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not the JSON it should be. JSON-B's failure reaches us wrapped
 * in Jersey's {@link ProcessingException}; any other processing failure is ours (500).
 */
@Provider
public class BadRequestProblems extends Problems implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        if (!causedByJson(e)) {
            return unexpected(e);
        }
        return answer(Problem.of("malformed-body", "Malformed request body", Status.BAD_REQUEST,
                "the request body is not valid JSON of the expected shape"));
    }

    private static boolean causedByJson(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                return true;
            }
        }
        return false;
    }
}
