package dev.onair.web.goim;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * goim's online API under {@code /goim} (its push endpoints are {@link PushServlet},
 * mapped more specifically). Classes are listed, not scanned, because the same
 * WAR carries the OnAir API under {@code /api}.
 *
 * <p>Differences from goim, on purpose: goim's push API has no
 * authentication at all (it expects to sit on a private network); OnAir
 * requires the key from {@code onair.push.api-key} as
 * {@code Authorization: Bearer <key>} or, for tools that cannot set headers,
 * as the {@code api_key} query parameter. goim answers every error with HTTP
 * 200 and the code in the body; OnAir keeps goim's body but also sets the
 * matching HTTP status (400, 401, 404, 405, 500), so proxies and monitoring see
 * failures as failures.
 */
@ApplicationPath("goim")
public class GoimApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(OnlineResource.class, PushApiKey.class, GoimErrors.class);
    }
}
