package dev.onair.web.account;

import dev.onair.account.boundary.AccountView;
import dev.onair.account.boundary.Accounts;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Opening an account. */
@Path("v1/accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @EJB
    Accounts accounts;

    @POST
    @PermitAll
    public Response register(@Valid @NotNull(message = "a JSON body is required") Registration request,
                             @Context UriInfo uri) {
        AccountView account = accounts.register(request.username(), request.password(), request.displayName());
        return Response.created(uri.getBaseUriBuilder().path("v1/accounts/{id}").build(account.id()))
                .entity(account).build();
    }
}
