package dev.onair.web.group;

import dev.onair.chat.group.boundary.GroupView;
import dev.onair.chat.group.boundary.Groups;
import dev.onair.web.security.Caller;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/groups}: create a group (the caller owns it), list the
 * caller's groups, read one (members only), add members (owner), join an
 * open group, leave, kick (owner), hand ownership to a member (owner). The
 * group's messages are conversation {@code g-<id>} over the socket.
 */
@Path("v1/groups")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class GroupsResource {

    @EJB
    Groups groups;

    @Context
    SecurityContext security;

    @POST
    public Response create(@Valid @NotNull(message = "a JSON body is required") NewGroup request,
                           @Context UriInfo uri) {
        GroupView group = groups.create(caller(), request.name(), request.open());
        return Response.created(uri.getBaseUriBuilder().path("v1/groups/{id}").build(group.id()))
                .entity(group).build();
    }

    @GET
    public Map<String, List<GroupView>> mine() {
        return Map.of("items", groups.of(caller()));
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    public GroupView one(@PathParam("id") long id) {
        return groups.view(id, caller());
    }

    @POST
    @Path("{id: [0-9]{1,18}}/members")
    public GroupView add(@PathParam("id") long id,
                         @Valid @NotNull(message = "a JSON body is required") UserRef user) {
        return groups.add(id, caller(), user.userId());
    }

    @POST
    @Path("{id: [0-9]{1,18}}/join")
    public GroupView join(@PathParam("id") long id) {
        return groups.join(id, caller());
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}/members/me")
    public Response leave(@PathParam("id") long id) {
        groups.leave(id, caller());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}/members/{userId: [0-9]{1,18}}")
    public Response kick(@PathParam("id") long id, @PathParam("userId") long userId) {
        groups.kick(id, caller(), userId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id: [0-9]{1,18}}/owner")
    public GroupView transfer(@PathParam("id") long id,
                              @Valid @NotNull(message = "a JSON body is required") UserRef user) {
        return groups.transfer(id, caller(), user.userId());
    }

    private long caller() {
        return Caller.of(security).userId();
    }
}
