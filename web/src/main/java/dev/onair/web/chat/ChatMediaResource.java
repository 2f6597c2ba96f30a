package dev.onair.web.chat;

import dev.onair.chat.media.boundary.ChatMedia;
import dev.onair.chat.media.boundary.MediaFile;
import dev.onair.chat.media.boundary.MediaKind;
import dev.onair.chat.media.boundary.Received;
import dev.onair.chat.media.boundary.StoredMedia;
import dev.onair.web.problem.Problem;
import dev.onair.web.security.Caller;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Chat media: {@code POST /api/v1/chat/media} stores an upload
 * ({@code multipart/form-data}, part {@code file}, optional field
 * {@code kind}) and answers 201 with its id, which image/voice/video/file
 * messages carry; {@code GET /api/v1/chat/media/{id}} serves the bytes to
 * any signed-in user who holds the (unguessable) id, whole or one byte range
 * at a time ({@code Range}, so players can seek in voice and video). Both
 * need a token.
 */
@Path("v1/chat/media")
public class ChatMediaResource {

    /** Stored media never changes under its id: caches may keep it, privately. */
    static final String CACHE = "private, max-age=31536000, immutable";
    static final String ACCEPT_RANGES = "Accept-Ranges";

    @EJB
    ChatMedia media;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload() {
        MediaForm.Parsed form = MediaForm.read(request, media);
        try (Received file = form.file()) {
            StoredMedia stored = media.store(Caller.of(security).userId(), file, form.kind(), form.fileName());
            URI location = uri.getBaseUriBuilder().path(ChatMediaResource.class).path(stored.id()).build();
            return Response.created(location).entity(UploadedMedia.of(stored, location.toString())).build();
        }
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.WILDCARD)
    public Response fetch(@PathParam("id") String id, @HeaderParam("Range") String range,
                          @HeaderParam("If-Range") String ifRange, @Context Request conditions) {
        MediaFile file = media.find(id).orElse(null);
        if (file == null) {
            return Problem.of("media-not-found", "Media not found", Status.NOT_FOUND,
                    "no media has id " + (id.length() > 40 ? id.substring(0, 40) + "…" : id)).toResponse();
        }
        StoredMedia stored = file.media();
        EntityTag tag = new EntityTag(stored.sha256());
        Response.ResponseBuilder unchanged = conditions.evaluatePreconditions(tag);
        if (unchanged != null) {
            return served(unchanged, stored, tag);
        }
        ByteRanges.Answer asked = asked(range, ifRange, stored);
        if (asked instanceof ByteRanges.Part part) {
            return served(Response.status(Status.PARTIAL_CONTENT).entity(FileSlice.of(file.path(), part))
                    .type(stored.mime()).header(HttpHeaders.CONTENT_LENGTH, part.length())
                    .header("Content-Range", part.contentRange()), stored, tag);
        }
        if (asked instanceof ByteRanges.Unsatisfiable none) {
            Response refused = Problem.of("range-not-satisfiable", "Range not satisfiable",
                    Status.REQUESTED_RANGE_NOT_SATISFIABLE, "the file has " + stored.size() + " bytes").toResponse();
            return Response.fromResponse(refused).header("Content-Range", none.contentRange())
                    .header(ACCEPT_RANGES, "bytes").build();
        }
        return served(Response.ok(file.path().toFile(), stored.mime())
                .header(HttpHeaders.CONTENT_LENGTH, stored.size()), stored, tag);
    }

    /**
     * What the Range header asks, honoured only for the version the client
     * holds: an {@code If-Range} other than the current (strong) ETag, such as
     * an older ETag or a date, gets the whole file.
     */
    static ByteRanges.Answer asked(String range, String ifRange, StoredMedia stored) {
        boolean sameVersion = ifRange == null || ifRange.strip().equals("\"" + stored.sha256() + "\"");
        return sameVersion ? ByteRanges.of(range, stored.size()) : new ByteRanges.Whole();
    }

    /** The headers every answer with (or about) the bytes carries: 200, 206 and 304. */
    private static Response served(Response.ResponseBuilder answer, StoredMedia stored, EntityTag tag) {
        return answer.tag(tag)
                .header(ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CACHE_CONTROL, CACHE)
                .header("X-Content-Type-Options", "nosniff")
                // opened directly, the file is an inert document of its own: no scripts, no same-origin rights
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Content-Disposition", disposition(stored))
                .build();
    }

    /** Files are only ever downloaded; images, voice and video may be shown in place. */
    static String disposition(StoredMedia stored) {
        String type = stored.kind() == MediaKind.FILE ? "attachment" : "inline";
        String name = stored.name() != null ? stored.name() : stored.id();
        String ascii = name.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
