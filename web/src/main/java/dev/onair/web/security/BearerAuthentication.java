package dev.onair.web.security;

import dev.onair.account.boundary.AccessClaims;
import dev.onair.account.boundary.AccessTokens;
import dev.onair.web.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Optional;

/**
 * Turns an {@code Authorization: Bearer <token>} header into the request's
 * caller. A request without the header stays anonymous (authorization decides
 * later); a header with a bad or expired token is refused at once.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthentication implements ContainerRequestFilter {

    private static final String SCHEME = "Bearer ";

    @Inject
    AccessTokens tokens;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return;
        }
        Optional<AccessClaims> claims = header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                ? tokens.verify(header.substring(SCHEME.length()).trim())
                : Optional.empty();
        if (claims.isEmpty()) {
            request.abortWith(Problem.of("invalid-token", "Invalid token", Status.UNAUTHORIZED,
                    "the access token is malformed, wrongly signed or expired").toResponse());
            return;
        }
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new TokenSecurityContext(new Caller(claims.get()), secure));
    }

    private record TokenSecurityContext(Caller caller, boolean secure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.claims().hasRole(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
