/** Who is calling: bearer access tokens authenticate, {@code @RolesAllowed}/{@code @PermitAll} authorize. */
package dev.onair.web.security;
