package dev.onair.web.conversation;

import dev.onair.chat.conversation.boundary.Access;
import dev.onair.chat.conversation.boundary.ConversationMessage;
import dev.onair.chat.conversation.boundary.ConversationSummary;
import dev.onair.chat.conversation.boundary.Conversations;
import dev.onair.web.problem.Problem;
import dev.onair.web.security.Caller;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code GET /api/v1/conversations?before=&limit=}: the caller's conversations,
 * most recent first (the cursor is the last message id of the page's last
 * entry), each with the peer or group, the last message, the unread count
 * (messages after the caller's read cursor that others sent) and the cursors.
 * {@code GET /api/v1/conversations/{id}/messages?before=&limit=}: a
 * conversation's messages, newest first, for its members only (403 for a
 * conversation of others, 404 when there is none). Limits 1..100, default 20.
 */
@Path("v1/conversations")
@Produces(MediaType.APPLICATION_JSON)
public class ConversationsResource {

    @EJB
    Conversations conversations;

    @Context
    SecurityContext security;

    @GET
    public Response list(@QueryParam("before") String before, @QueryParam("limit") @DefaultValue("20") String limit) {
        long cursor = before == null ? Long.MAX_VALUE : number(before, 1, Long.MAX_VALUE);
        long size = number(limit, 1, Conversations.MAX_PAGE);
        if (cursor < 0 || size < 0) {
            return invalid();
        }
        var items = conversations.list(Caller.of(security).userId(), cursor, (int) size);
        return Response.ok(Page.of(items, (int) size, (ConversationSummary c) -> c.last().id())).build();
    }

    @GET
    @Path("{id}/messages")
    public Response messages(@PathParam("id") String id, @QueryParam("before") String before,
                             @QueryParam("limit") @DefaultValue("20") String limit) {
        Access access = conversations.access(Caller.of(security).userId(), id);
        if (access == Access.NOT_FOUND) {
            return Problem.of("not-found", "Not found", Status.NOT_FOUND, "no conversation " + id).toResponse();
        }
        if (access == Access.FORBIDDEN) {
            return Problem.of("not-a-member", "Not a member", Status.FORBIDDEN,
                    "only the conversation's members read it").toResponse();
        }
        long cursor = before == null ? Long.MAX_VALUE : number(before, 1, Long.MAX_VALUE);
        long size = number(limit, 1, Conversations.MAX_PAGE);
        if (cursor < 0 || size < 0) {
            return invalid();
        }
        var items = conversations.page(id, cursor, (int) size);
        return Response.ok(Page.of(items, (int) size, ConversationMessage::id)).build();
    }

    /** The number if it is one within bounds, otherwise -1. */
    private static long number(String value, long min, long max) {
        try {
            long parsed = Long.parseLong(value);
            return parsed >= min && parsed <= max ? parsed : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Response invalid() {
        return Problem.of("invalid-parameter", "Invalid parameter", Status.BAD_REQUEST,
                "before must be a message id (a positive whole number), limit a whole number from 1 to "
                        + Conversations.MAX_PAGE).toResponse();
    }
}
