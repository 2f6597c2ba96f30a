package dev.onair.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Anything else: logged once with an incident id, answered 500 without internals. */
@Provider
public class UnexpectedProblems extends Problems implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable e) {
        return unexpected(e);
    }
}
