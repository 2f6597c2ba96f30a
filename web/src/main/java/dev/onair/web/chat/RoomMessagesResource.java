package dev.onair.web.chat;

import dev.onair.chat.boundary.RoomIds;
import dev.onair.chat.message.boundary.RoomMessages;
import dev.onair.web.api.PageQuery;
import dev.onair.web.problem.Problem;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.Optional;

/**
 * {@code GET /api/v1/rooms/{type}/{id}/messages?before=<id>&limit=<n>}: the
 * history of room {@code type://id}, newest first, {@code limit} (1..100,
 * default 20) messages with ids below {@code before} (default: from the
 * newest). Ids are time-ordered, so the last id of a page is the cursor of
 * the next ({@link MessagePage#next()}). Needs a token, as every resource not
 * marked otherwise. Bad parameters are 400 problems, not JAX-RS's 404 for an
 * unconvertible query parameter, hence the strings.
 */
@Path("v1/rooms/{type}/{id}/messages")
@Produces(MediaType.APPLICATION_JSON)
public class RoomMessagesResource {

    @EJB
    RoomMessages messages;

    @GET
    public Response page(@PathParam("type") String type, @PathParam("id") String id,
            @QueryParam("before") String before, @QueryParam("limit") @DefaultValue("20") String limit) {
        String room = RoomIds.of(type, id);
        if (!RoomIds.isValid(room)) {
            return Problem.of("invalid-room", "Invalid room", Status.BAD_REQUEST, "a room is type://id: letters, "
                    + "digits, - and _ for the type, printable ASCII for the id").toResponse();
        }
        Optional<PageQuery> query = PageQuery.parse(before, limit, RoomMessages.MAX_PAGE);
        if (query.isEmpty()) {
            return PageQuery.invalid(RoomMessages.MAX_PAGE);
        }
        PageQuery page = query.get();
        return Response.ok(MessagePage.of(messages.page(room, page.before(), page.limit()), page.limit())).build();
    }
}
