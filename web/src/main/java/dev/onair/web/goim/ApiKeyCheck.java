package dev.onair.web.goim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The goim API's key check, shared by the push servlet and the online
 * resources' filter: the key from {@code onair.push.api-key}, presented as
 * {@code Authorization: Bearer <key>} or the {@code api_key} query parameter
 * (which ends up in access logs; prefer the header). Without a configured key
 * nothing gets through: an open push API would let anyone message every user.
 * Keys are compared as SHA-256 digests in constant time, so neither the
 * content nor the length of the key leaks through timing.
 */
@ApplicationScoped
public class ApiKeyCheck {

    private static final Logger LOG = Logger.getLogger(ApiKeyCheck.class.getName());
    private static final String SCHEME = "Bearer ";

    @Inject
    @ConfigProperty(name = "onair.push.api-key")
    Optional<String> apiKey;

    private final AtomicBoolean missingKeyLogged = new AtomicBoolean();

    /**
     * @param authorization the Authorization header, or null
     * @param queryKey      the {@code api_key} query parameter, or null
     * @return null when the caller may go on, otherwise why not (for goim's -401)
     */
    String refusal(String authorization, String queryKey) {
        Optional<String> expected = apiKey.filter(k -> !k.isBlank());
        if (expected.isEmpty()) {
            if (missingKeyLogged.compareAndSet(false, true)) {
                LOG.warning("push requests refused: onair.push.api-key is not configured");
            }
            return "push API disabled: no API key configured";
        }
        String presented = authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                ? authorization.substring(SCHEME.length()).trim()
                : queryKey;
        return presented != null && MessageDigest.isEqual(sha256(presented), sha256(expected.get()))
                ? null : "missing or invalid API key";
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
