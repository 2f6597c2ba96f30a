package dev.onair.web.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON it should be. */
@Provider
public class BadRequestProblems extends Problems implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException e) {
        return answer(Problem.of("malformed-body", "Malformed request body", Status.BAD_REQUEST,
                "the request body is not valid JSON of the expected shape"));
    }
}
