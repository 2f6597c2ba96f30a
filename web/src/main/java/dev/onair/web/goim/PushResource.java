package dev.onair.web.goim;

import dev.onair.chat.boundary.Push;
import dev.onair.chat.boundary.PushBus;
import dev.onair.chat.boundary.PushUnavailable;
import dev.onair.chat.boundary.RoomIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * goim's push endpoints (docs/push.md). The body is the message, passed
 * through as bytes whatever its content type. Each request is validated,
 * published to the push bus and answered at once; delivery to sockets happens
 * on every node afterwards, so {@code {"code":0}} means "accepted for
 * delivery", as in goim.
 *
 * <p>Query parameters are read as text so a bad value is goim's -400 rather
 * than JAX-RS's 404. {@code operation} is required on every endpoint (goim
 * defaults it to 0 for keys and mids, which no client accepts as a message).
 * {@code keys} and {@code mids} may be repeated, as goim expects, or
 * comma-separated.
 *
 * <p>One instance for the application: it holds no request state, and a
 * resource made per request cost a CDI injection per push, a fifth of the
 * push API's CPU under load (BENCHMARKS.md).
 */
@ApplicationScoped
@Path("push")
@Produces(MediaType.APPLICATION_JSON)
public class PushResource {

    private static final Logger LOG = Logger.getLogger(PushResource.class.getName());

    @Inject
    PushBus bus;

    /** The largest push body; goim's clients refuse frames with bodies over 4096 bytes. */
    @Inject
    @ConfigProperty(name = "onair.push.max-body", defaultValue = "4096")
    int maxBody;

    @POST
    @Path("keys")
    public Response keys(@QueryParam("operation") String operation, @QueryParam("keys") List<String> keys,
                         InputStream body) {
        return publish(operation, body, () -> new Push.Keys(split(keys)));
    }

    @POST
    @Path("mids")
    public Response mids(@QueryParam("operation") String operation, @QueryParam("mids") List<String> mids,
                         InputStream body) {
        return publish(operation, body, () -> new Push.Mids(split(mids).stream().map(PushResource::mid).toList()));
    }

    @POST
    @Path("room")
    public Response room(@QueryParam("operation") String operation, @QueryParam("type") String type,
                         @QueryParam("room") String room, InputStream body) {
        return publish(operation, body, () -> {
            if (type == null || type.isEmpty() || room == null || room.isEmpty()) {
                throw new IllegalArgumentException("type and room are required");
            }
            return new Push.Room(RoomIds.of(type, room));
        });
    }

    @POST
    @Path("all")
    public Response all(@QueryParam("operation") String operation, @QueryParam("speed") String speed,
                        InputStream body) {
        return publish(operation, body, () -> new Push.All(
                speed == null || speed.isEmpty() ? 0 : int32(speed, "speed")));
    }

    private Response publish(String operation, InputStream body, TargetSource target) {
        Push push;
        try {
            push = new Push(target.get(), int32(required(operation, "operation"), "operation"), read(body));
        } catch (IllegalArgumentException e) {
            return GoimReply.requestError(e.getMessage());
        }
        try {
            bus.publish(push);
        } catch (PushUnavailable e) {
            return GoimReply.serverError("push bus unavailable, try again");
        }
        LOG.fine(() -> "push accepted " + push);
        return GoimReply.ok();
    }

    /** Reads at most one byte past the limit, so an oversize body costs no more memory than an allowed one. */
    private byte[] read(InputStream body) {
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(maxBody + 1);
            if (bytes.length > maxBody) {
                throw new IllegalArgumentException("body over " + maxBody + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new IllegalArgumentException("body could not be read");
        }
    }

    private static String required(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    private static int int32(String value, String name) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an int32");
        }
    }

    private static long mid(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("mids must be numbers");
        }
    }

    private static List<String> split(List<String> values) {
        List<String> items = new ArrayList<>();
        for (String value : values) {
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }

    /** Builds the target, throwing {@link IllegalArgumentException} for a bad request. */
    @FunctionalInterface
    private interface TargetSource {
        Push.Target get();
    }
}
