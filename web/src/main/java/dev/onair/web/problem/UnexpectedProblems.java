package dev.onair.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything else: logged once with an incident id, answered 500 without internals. */
@Provider
public class UnexpectedProblems extends Problems implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedProblems.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected failure incident=" + incident, e);
        return answer(Problem.of("internal", "Internal error", Status.INTERNAL_SERVER_ERROR,
                "an unexpected error occurred; incident " + incident));
    }
}
