package dev.onair.web.security;

import dev.onair.account.boundary.AccessClaims;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The authenticated bearer of a request, as its access token describes it. */
public record Caller(AccessClaims claims) implements Principal {

    @Override
    public String getName() {
        return claims.username();
    }

    public long userId() {
        return claims.userId();
    }

    /** The caller of a request that passed {@link RoleAuthorization}. */
    public static Caller of(SecurityContext context) {
        return (Caller) context.getUserPrincipal();
    }
}
