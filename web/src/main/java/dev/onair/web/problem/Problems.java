package dev.onair.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What every exception mapper shares: answering with a problem at the request's path. */
abstract class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    @Context
    UriInfo uri;

    Response answer(Problem problem) {
        return problem.at(uri == null ? null : "/" + uri.getPath()).toResponse();
    }

    /** A failure of ours: logged once with an incident id that the client can quote; no internals in the answer. */
    Response unexpected(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected failure incident=" + incident, e);
        return answer(Problem.of("internal", "Internal error", Status.INTERNAL_SERVER_ERROR,
                "an unexpected error occurred; incident " + incident));
    }
}
