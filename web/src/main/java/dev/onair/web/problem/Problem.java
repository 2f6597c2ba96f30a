package dev.onair.web.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail, the one error shape of the API.
 * {@code errors} lists field violations when there are any.
 */
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
    private static final String TYPE_BASE = "https://onair.dev/problems/";

    public static Problem of(String type, String title, Response.Status status, String detail) {
        return new Problem(URI.create(TYPE_BASE + type), title, status.getStatusCode(), detail, null, null);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    public record FieldError(String field, String message) {
    }
}
