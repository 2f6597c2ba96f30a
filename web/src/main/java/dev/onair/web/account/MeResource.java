package dev.onair.web.account;

import dev.onair.account.boundary.AccountView;
import dev.onair.account.boundary.Accounts;
import dev.onair.account.boundary.StreamKeys;
import dev.onair.live.boundary.LiveStreams;
import dev.onair.web.media.MediaUrls;
import dev.onair.web.problem.Problem;
import dev.onair.web.security.Caller;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The caller's own account, password, stream key and live stream. Every method needs a token. */
@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @EJB
    Accounts accounts;

    @EJB
    StreamKeys streamKeys;

    @EJB
    LiveStreams liveStreams;

    @Inject
    MediaUrls urls;

    @Context
    SecurityContext security;

    @GET
    public AccountView me() {
        return accounts.find(caller().userId()).orElseThrow(jakarta.ws.rs.NotFoundException::new);
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(@Valid @NotNull(message = "a JSON body is required") PasswordChange change) {
        accounts.changePassword(caller().getName(), change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }

    /** The secret key to push with; only its owner ever sees it. */
    @GET
    @Path("stream-key")
    public StreamKeyView streamKey() {
        return view(streamKeys.of(caller().userId()).orElseThrow(jakarta.ws.rs.NotFoundException::new));
    }

    /** A new key, for when the old one leaked; the old one stops working at once. */
    @POST
    @Path("stream-key")
    public StreamKeyView rotateStreamKey() {
        return view(streamKeys.rotate(caller().userId()));
    }

    /** Ends the caller's own live stream. */
    @DELETE
    @Path("live")
    public Response endLive() {
        String stream = streamKeys.of(caller().userId()).orElseThrow().publicName();
        if (!liveStreams.drop(stream, caller().getName())) {
            return Problem.of("not-live", "Not live", Response.Status.NOT_FOUND,
                    "stream " + stream + " is not on air").toResponse();
        }
        return Response.noContent().build();
    }

    private StreamKeyView view(StreamKeys.StreamKey key) {
        return new StreamKeyView(key.key(), key.publicName(), urls.ingest(key.key()), urls.hls(key.publicName()));
    }

    private Caller caller() {
        return Caller.of(security);
    }

    public record StreamKeyView(String streamKey, String publicName, String ingestUrl, String hlsUrl) {
    }
}
