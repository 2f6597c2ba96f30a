package dev.onair.web.goim;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps goim's answer shape for what the resources do not answer themselves:
 * JAX-RS's own refusals (unknown path, wrong method) become -400 with their
 * status; anything unexpected becomes -500, logged with its stack trace since
 * it is a bug, and never shown to the caller.
 */
@Provider
public class GoimErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(GoimErrors.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response refused = web.getResponse();
            return Response.fromResponse(GoimReply.requestError(refused.getStatusInfo().getReasonPhrase()))
                    .status(refused.getStatus()).build();
        }
        LOG.log(Level.WARNING, "goim push API failed", failure);
        return GoimReply.serverError("server error");
    }
}
