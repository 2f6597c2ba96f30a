package dev.onair.web.goim;

import dev.onair.chat.boundary.Presence;
import dev.onair.chat.boundary.Presence.RoomCount;
import dev.onair.chat.boundary.Presence.Totals;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * goim's online endpoints (internal/logic/http/online.go), counted cluster-wide
 * from Redis presence: {@code /online/top?type=&limit=} →
 * {@code [{"room_id","count"}]} highest first, {@code /online/room?type=&rooms=}
 * → {@code {"<room id>":count}}, {@code /online/total} →
 * {@code {"conn_count","ip_count"}}. Room ids are the id part of
 * {@code type://id}, as in goim. Parameters goim requires are required here
 * (-400 otherwise); the API key of the push API applies.
 */
@Path("online")
@Produces(MediaType.APPLICATION_JSON)
public class OnlineResource {

    private static final Logger LOG = Logger.getLogger(OnlineResource.class.getName());

    @Inject
    Presence presence;

    @GET
    @Path("top")
    public Response top(@QueryParam("type") String type, @QueryParam("limit") String limit) {
        OnlineQuery.Top query;
        try {
            query = OnlineQuery.top(type, limit);
        } catch (IllegalArgumentException e) {
            return GoimReply.requestError(e.getMessage());
        }
        return answer(() -> {
            JsonArrayBuilder rooms = Json.createArrayBuilder();
            for (RoomCount room : presence.top(query.type(), query.limit())) {
                rooms.add(Json.createObjectBuilder().add("room_id", room.roomId()).add("count", room.count()));
            }
            return GoimReply.ok(rooms.build());
        });
    }

    @GET
    @Path("room")
    public Response room(@QueryParam("type") String type, @QueryParam("rooms") List<String> rooms) {
        OnlineQuery.Rooms query;
        try {
            query = OnlineQuery.rooms(type, rooms);
        } catch (IllegalArgumentException e) {
            return GoimReply.requestError(e.getMessage());
        }
        return answer(() -> {
            JsonObjectBuilder counts = Json.createObjectBuilder();
            for (Map.Entry<String, Long> room : presence.counts(query.type(), query.rooms()).entrySet()) {
                counts.add(room.getKey(), room.getValue());
            }
            return GoimReply.ok(counts.build());
        });
    }

    @GET
    @Path("total")
    public Response total() {
        return answer(() -> {
            Totals totals = presence.totals();
            return GoimReply.ok(Json.createObjectBuilder().add("conn_count", totals.connections())
                    .add("ip_count", totals.addresses()).build());
        });
    }

    /** Presence lives in Redis: when it cannot be reached the caller gets goim's -500, the log one line. */
    private static Response answer(Supplier<Response> counted) {
        try {
            return counted.get();
        } catch (RuntimeException e) {
            LOG.warning(() -> "online counts unavailable: " + e);
            return GoimReply.serverError("presence unavailable, try again");
        }
    }
}
