package dev.onair.web.problem;

import dev.onair.chat.media.boundary.MediaRefused;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused chat media upload: 400 nothing usable sent, 413 over a limit, 415 not the kind it claims to be. */
@Provider
public class ChatMediaProblems extends Problems implements ExceptionMapper<MediaRefused> {

    @Override
    public Response toResponse(MediaRefused e) {
        Problem problem = switch (e.status()) {
            case MediaRefused.TOO_LARGE -> Problem.of("media-too-large", "Media too large",
                    Status.REQUEST_ENTITY_TOO_LARGE, e.reason());
            case MediaRefused.UNSUPPORTED -> Problem.of("media-unsupported", "Unsupported media",
                    Status.UNSUPPORTED_MEDIA_TYPE, e.reason());
            default -> Problem.of("media-missing", "No usable media", Status.BAD_REQUEST, e.reason());
        };
        return answer(problem);
    }
}
