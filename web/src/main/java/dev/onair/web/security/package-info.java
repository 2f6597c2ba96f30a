/** Who is calling: bearer access tokens authenticate, {@code @RequiresRole}/{@code @PermitAll} authorize. */
package dev.onair.web.security;
