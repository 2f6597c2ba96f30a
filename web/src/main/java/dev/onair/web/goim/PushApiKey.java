package dev.onair.web.goim;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets a push request through only with the configured API key, as
 * {@code Authorization: Bearer <key>} or the {@code api_key} query parameter
 * (which ends up in access logs; prefer the header). Without a configured key
 * nothing gets through: an open push API would let anyone message every user.
 * Keys are compared as SHA-256 digests in constant time, so neither the
 * content nor the length of the key leaks through timing.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class PushApiKey implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(PushApiKey.class.getName());
    private static final String SCHEME = "Bearer ";

    @Inject
    @ConfigProperty(name = "onair.push.api-key")
    Optional<String> apiKey;

    private final AtomicBoolean missingKeyLogged = new AtomicBoolean();

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> expected = apiKey.filter(k -> !k.isBlank());
        if (expected.isEmpty()) {
            if (missingKeyLogged.compareAndSet(false, true)) {
                LOG.warning("push requests refused: onair.push.api-key is not configured");
            }
            request.abortWith(GoimReply.unauthorized("push API disabled: no API key configured"));
            return;
        }
        if (!matches(presented(request), expected.get())) {
            LOG.fine(() -> "push request refused: missing or wrong API key " + request.getUriInfo().getPath());
            request.abortWith(GoimReply.unauthorized("missing or invalid API key"));
        }
    }

    private static String presented(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return header.substring(SCHEME.length()).trim();
        }
        return request.getUriInfo().getQueryParameters().getFirst("api_key");
    }

    private static boolean matches(String presented, String expected) {
        return presented != null && MessageDigest.isEqual(sha256(presented), sha256(expected));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
