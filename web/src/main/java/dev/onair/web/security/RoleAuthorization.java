package dev.onair.web.security;

import dev.onair.web.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces {@code @PermitAll} / {@link RequiresRole} on resource methods
 * (or their class). Secure by default: a resource with neither needs an
 * authenticated caller. 401 for anonymous callers, 403 for a missing role.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleAuthorization implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || permitsAll(method)) {
            return;
        }
        var security = request.getSecurityContext();
        if (!(security.getUserPrincipal() instanceof Caller)) {
            request.abortWith(Problem.of("unauthenticated", "Authentication required", Status.UNAUTHORIZED,
                    "this resource needs an access token: Authorization: Bearer <token>").toResponse());
            return;
        }
        RequiresRole roles = method.isAnnotationPresent(RequiresRole.class)
                ? method.getAnnotation(RequiresRole.class)
                : resource.getResourceClass().getAnnotation(RequiresRole.class);
        if (roles != null && Arrays.stream(roles.value()).noneMatch(security::isUserInRole)) {
            request.abortWith(Problem.of("forbidden", "Forbidden", Status.FORBIDDEN,
                    "this resource needs one of the roles " + Arrays.toString(roles.value())).toResponse());
        }
    }

    private boolean permitsAll(Method method) {
        return method.isAnnotationPresent(PermitAll.class)
                || (!method.isAnnotationPresent(RequiresRole.class)
                    && resource.getResourceClass().isAnnotationPresent(PermitAll.class));
    }
}
