package dev.onair.web.problem;

import dev.onair.live.boundary.MediaUnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The media server is down or unreachable: 503, so clients retry later. */
@Provider
public class MediaProblems extends Problems implements ExceptionMapper<MediaUnavailableException> {

    @Override
    public Response toResponse(MediaUnavailableException e) {
        return answer(Problem.of("media-unavailable", "Media server unavailable", Status.SERVICE_UNAVAILABLE,
                "the media server cannot be reached right now"));
    }
}
