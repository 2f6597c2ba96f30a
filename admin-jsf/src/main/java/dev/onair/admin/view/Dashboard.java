package dev.onair.admin.view;

import dev.onair.platform.health.DependencyHealth;
import dev.onair.platform.health.SystemHealth;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The dashboard: the health of every dependency, checked when the page opens and on refresh. */
@Named
@ViewScoped
public class Dashboard implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    SystemHealth systemHealth;

    private List<DependencyHealth> dependencies = List.of();
    private Instant checkedAt;

    @PostConstruct
    void open() {
        refresh();
    }

    public void refresh() {
        dependencies = List.copyOf(systemHealth.check());
        checkedAt = Instant.now();
    }

    public List<DependencyHealth> getDependencies() {
        return dependencies;
    }

    public boolean isAllUp() {
        return dependencies.stream().allMatch(DependencyHealth::up);
    }

    public String getCheckedAt() {
        return TIME.format(checkedAt);
    }
}
