package dev.onair.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles a resource method (or class) needs, checked by {@link RoleAuthorization}.
 * Ours rather than {@code @RolesAllowed}: Payara answers a JAX-RS
 * {@code @RolesAllowed} with its own MP-JWT check before our bearer tokens count.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresRole {
    String[] value();
}
