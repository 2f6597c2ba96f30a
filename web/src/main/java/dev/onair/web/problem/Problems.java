package dev.onair.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** What every exception mapper shares: answering with a problem at the request's path. */
abstract class Problems {

    @Context
    UriInfo uri;

    Response answer(Problem problem) {
        return problem.at(uri == null ? null : "/" + uri.getPath()).toResponse();
    }
}
