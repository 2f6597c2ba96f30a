package dev.onair.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Health of every dependency at once. The checks run in parallel on the container's managed
 * executor under one shared deadline, so a dependency that hangs (a broker that is down makes
 * sends wait for the client's call timeout) costs at most the deadline and never delays the
 * others' answers. A check that throws or misses the deadline is reported DOWN.
 */
@ApplicationScoped
public class SystemHealth {

    @Inject
    @Any
    Instance<DependencyCheck> checks;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "onair.health.timeout-millis", defaultValue = "3000")
    long timeoutMillis;

    /** @return one entry per dependency, ordered by name */
    public List<DependencyHealth> check() {
        List<DependencyCheck> all = checks.stream().sorted(Comparator.comparing(DependencyCheck::name)).toList();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        List<Future<DependencyHealth>> running = all.stream().map(c -> executor.submit(c::check)).toList();
        List<DependencyHealth> results = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            results.add(await(all.get(i).name(), running.get(i), start, deadline));
        }
        return results;
    }

    public boolean allUp() {
        return check().stream().allMatch(DependencyHealth::up);
    }

    private DependencyHealth await(String name, Future<DependencyHealth> result, long start, long deadline) {
        try {
            return result.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            return DependencyHealth.down(name, "no answer within " + timeoutMillis + " ms",
                    DependencyHealth.elapsedMillis(start));
        } catch (ExecutionException e) {
            return DependencyHealth.down(name, e.getCause(), DependencyHealth.elapsedMillis(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            return DependencyHealth.down(name, "health check interrupted", DependencyHealth.elapsedMillis(start));
        }
    }
}
