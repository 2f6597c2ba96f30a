package dev.onair.web.chat;

import dev.onair.account.boundary.Accounts;
import dev.onair.chat.boundary.RoomIds;
import dev.onair.chat.message.boundary.RoomModeration;
import dev.onair.web.problem.Problem;
import dev.onair.web.security.Caller;
import dev.onair.web.security.RequiresRole;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.util.Optional;

/**
 * Moderating room {@code type://id}, for administrators (rooms have no owner
 * yet to share this with): {@code PUT mutes/{userId}} with
 * {@code {"seconds":n}} mutes a user there (up to 30 days),
 * {@code DELETE mutes/{userId}} lifts it, {@code PUT slow-mode} with
 * {@code {"seconds":n}} allows one message per n seconds and user (0 = off,
 * up to an hour), {@code POST kicks/{userId}} closes the user's sockets in
 * the room on every node (1008 "kicked from room"; they may rejoin),
 * {@code PUT bans/{userId}} with {@code {"seconds":n}} (1 s to 30 days) bans
 * the user from the room for that long, or until {@code DELETE bans/{userId}}
 * when the body or its {@code seconds} is absent, and closes their sockets
 * there at once (1008 "banned from room"). All answer 204.
 */
@Path("v1/rooms/{type}/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresRole(Accounts.ROLE_ADMIN)
public class RoomModerationResource {

    @EJB
    RoomModeration moderation;

    @Context
    SecurityContext security;

    @PathParam("type")
    String type;

    @PathParam("id")
    String id;

    @PUT
    @Path("mutes/{userId}")
    public Response mute(@PathParam("userId") long userId, Seconds length) {
        long seconds = length == null || length.seconds() == null ? -1 : length.seconds();
        if (seconds < 1 || seconds > RoomModeration.MAX_MUTE.toSeconds()) {
            return invalid("seconds must be 1 to " + RoomModeration.MAX_MUTE.toSeconds());
        }
        return room().map(room -> {
            moderation.mute(room, userId, Duration.ofSeconds(seconds), caller());
            return Response.noContent().build();
        }).orElseGet(RoomModerationResource::invalidRoom);
    }

    @DELETE
    @Path("mutes/{userId}")
    public Response unmute(@PathParam("userId") long userId) {
        return room().map(room -> {
            moderation.unmute(room, userId, caller());
            return Response.noContent().build();
        }).orElseGet(RoomModerationResource::invalidRoom);
    }

    @POST
    @Path("kicks/{userId}")
    @Consumes(MediaType.WILDCARD) // no body to read
    public Response kick(@PathParam("userId") long userId) {
        return room().map(room -> {
            moderation.kick(room, userId, caller());
            return Response.noContent().build();
        }).orElseGet(RoomModerationResource::invalidRoom);
    }

    @PUT
    @Path("bans/{userId}")
    public Response ban(@PathParam("userId") long userId, Seconds length) {
        Optional<Duration> duration = length == null || length.seconds() == null
                ? Optional.empty() : Optional.of(Duration.ofSeconds(length.seconds()));
        if (duration.isPresent() && (length.seconds() < 1 || length.seconds() > RoomModeration.MAX_BAN.toSeconds())) {
            return invalid("seconds must be 1 to " + RoomModeration.MAX_BAN.toSeconds() + ", or absent for a ban until lifted");
        }
        return room().map(room -> {
            moderation.ban(room, userId, duration, caller());
            return Response.noContent().build();
        }).orElseGet(RoomModerationResource::invalidRoom);
    }

    @DELETE
    @Path("bans/{userId}")
    public Response unban(@PathParam("userId") long userId) {
        return room().map(room -> {
            moderation.unban(room, userId, caller());
            return Response.noContent().build();
        }).orElseGet(RoomModerationResource::invalidRoom);
    }

    @PUT
    @Path("slow-mode")
    public Response slowMode(Seconds interval) {
        long seconds = interval == null || interval.seconds() == null ? -1 : interval.seconds();
        if (seconds < 0 || seconds > RoomModeration.MAX_SLOW_MODE.toSeconds()) {
            return invalid("seconds must be 0 (off) to " + RoomModeration.MAX_SLOW_MODE.toSeconds());
        }
        return room().map(room -> {
            moderation.slowMode(room, Duration.ofSeconds(seconds), caller());
            return Response.noContent().build();
        }).orElseGet(RoomModerationResource::invalidRoom);
    }

    private Optional<String> room() {
        String room = RoomIds.of(type, id);
        return RoomIds.isValid(room) ? Optional.of(room) : Optional.empty();
    }

    private String caller() {
        return Caller.of(security).getName();
    }

    private static Response invalidRoom() {
        return Problem.of("invalid-room", "Invalid room", Status.BAD_REQUEST, "a room is type://id").toResponse();
    }

    private static Response invalid(String detail) {
        return Problem.of("invalid-parameter", "Invalid parameter", Status.BAD_REQUEST, detail).toResponse();
    }
}
