package dev.onair.web.goim;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/**
 * goim's answer: {@code {"code":0}} on success, otherwise a negative code and
 * a message ({@code -400} request error, {@code -500} server error; OnAir adds
 * {@code -401} for a missing or wrong API key). A null message is left out.
 * Answers that carry data (the online API) have goim's full shape,
 * {@code {"code":0,"message":"","data":...}}.
 */
public record GoimReply(int code, String message) {

    /** Every accepted push answers this: written once here rather than serialized per request. */
    static final String OK = "{\"code\":0}";

    static Response ok() {
        return Response.ok(OK, MediaType.APPLICATION_JSON_TYPE).build();
    }

    static Response ok(JsonValue data) {
        return Response.ok(Json.createObjectBuilder().add("code", 0).add("message", "").add("data", data).build(),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    static Response requestError(String message) {
        return respond(Status.BAD_REQUEST, new GoimReply(-400, message));
    }

    static Response unauthorized(String message) {
        return respond(Status.UNAUTHORIZED, new GoimReply(-401, message));
    }

    static Response serverError(String message) {
        return respond(Status.INTERNAL_SERVER_ERROR, new GoimReply(-500, message));
    }

    private static Response respond(Status status, GoimReply reply) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(reply.json()).build();
    }

    /** The answer as JSON, for the JAX-RS resources and the push servlet alike. */
    String json() {
        JsonObjectBuilder reply = Json.createObjectBuilder().add("code", code);
        if (message != null) {
            reply.add("message", message);
        }
        return reply.build().toString();
    }
}
