package dev.onair.web.account;

import dev.onair.account.boundary.Accounts;
import dev.onair.account.boundary.IssuedToken;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/** Logging in: credentials in, a signed expiring access token out. */
@Path("v1/sessions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    @EJB
    Accounts accounts;

    @POST
    @PermitAll
    public Session login(@Valid @NotNull(message = "a JSON body is required") Credentials credentials) {
        IssuedToken token = accounts.login(credentials.username(), credentials.password());
        return new Session(token.token(), "Bearer", token.expiresAt());
    }

    public record Session(String accessToken, String tokenType, Instant expiresAt) {
    }
}
