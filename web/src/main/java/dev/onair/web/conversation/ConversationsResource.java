package dev.onair.web.conversation;

import dev.onair.chat.conversation.boundary.Access;
import dev.onair.chat.conversation.boundary.ConversationMessage;
import dev.onair.chat.conversation.boundary.ConversationSummary;
import dev.onair.chat.conversation.boundary.Conversations;
import dev.onair.web.api.PageQuery;
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
import java.util.Optional;

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
        Optional<PageQuery> query = PageQuery.parse(before, limit, Conversations.MAX_PAGE);
        if (query.isEmpty()) {
            return PageQuery.invalid(Conversations.MAX_PAGE);
        }
        PageQuery page = query.get();
        var items = conversations.list(Caller.of(security).userId(), page.before(), page.limit());
        return Response.ok(Page.of(items, page.limit(), (ConversationSummary c) -> c.last().id())).build();
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
        Optional<PageQuery> query = PageQuery.parse(before, limit, Conversations.MAX_PAGE);
        if (query.isEmpty()) {
            return PageQuery.invalid(Conversations.MAX_PAGE);
        }
        PageQuery page = query.get();
        var items = conversations.page(id, page.before(), page.limit());
        return Response.ok(Page.of(items, page.limit(), ConversationMessage::id)).build();
    }
}
