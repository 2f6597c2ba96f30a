package dev.onair.web.goim;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/** Lets a request to the goim resources through only with the API key ({@link ApiKeyCheck}). */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class PushApiKey implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(PushApiKey.class.getName());

    @Inject
    ApiKeyCheck check;

    @Override
    public void filter(ContainerRequestContext request) {
        String refusal = check.refusal(request.getHeaderString(HttpHeaders.AUTHORIZATION),
                request.getUriInfo().getQueryParameters().getFirst("api_key"));
        if (refusal != null) {
            LOG.fine(() -> "goim request refused: " + refusal + " " + request.getUriInfo().getPath());
            request.abortWith(GoimReply.unauthorized(refusal));
        }
    }
}
