package dev.onair.web.media;

import dev.onair.live.boundary.LiveStreams;
import dev.onair.media.api.StreamStats;
import dev.onair.web.problem.Problem;
import dev.onair.web.security.RequiresRole;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The streams on air, by public name, with what the media server measures of them. */
@Path("v1/media/streams")
@Produces(MediaType.APPLICATION_JSON)
public class MediaStreamsResource {

    @EJB
    LiveStreams liveStreams;

    @Inject
    MediaUrls urls;

    @GET
    @PermitAll
    public List<LiveStream> list() {
        return liveStreams.onAir().stream().map(this::view).toList();
    }

    /** Cuts a publisher off the media server (admin). */
    @DELETE
    @Path("{name}")
    @RequiresRole("admin")
    public Response drop(@PathParam("name") @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "bad stream name")
                         String name, @Context SecurityContext security) {
        if (!liveStreams.drop(name, security.getUserPrincipal().getName())) {
            return Problem.of("not-live", "Not live", Response.Status.NOT_FOUND,
                    "stream " + name + " is not on air").toResponse();
        }
        return Response.noContent().build();
    }

    private LiveStream view(StreamStats s) {
        return new LiveStream(s.name(), s.uptimeMillis(), s.bwIn(), s.width(), s.height(), s.frameRate(),
                s.videoCodec(), s.audioCodec(), s.clients(), urls.hls(s.name()));
    }

    /** One stream on air; bitrate in bits per second, averaged by nginx-rtmp over 10 s. */
    public record LiveStream(String name, long uptimeMillis, long bitrate, int width, int height, int frameRate,
                             String videoCodec, String audioCodec, int clients, String hlsUrl) {
    }
}
