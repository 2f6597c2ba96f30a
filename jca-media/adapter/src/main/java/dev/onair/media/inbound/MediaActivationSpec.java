package dev.onair.media.inbound;

import dev.onair.media.api.MediaEvent;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * How one message-driven bean listens: optionally only to the events of one nginx
 * application (activation property {@code app}, e.g. {@code live}); without it, to all.
 * <p>
 * Deliberately keeps {@code Object}'s identity equality: two beans with the same filter
 * are two endpoints, and the adapter keys its active endpoints by spec.
 */
public class MediaActivationSpec implements ActivationSpec, Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern APP_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private String app;
    private transient ResourceAdapter resourceAdapter;

    public String getApp() {
        return app;
    }

    public void setApp(String app) {
        this.app = app;
    }

    @Override
    public void validate() throws InvalidPropertyException {
        if (filtersByApp() && !APP_NAME.matcher(app).matches()) {
            throw new InvalidPropertyException("app must be an nginx application name: " + app);
        }
    }

    /** Whether this endpoint wants the event. */
    public boolean accepts(MediaEvent event) {
        return !filtersByApp() || app.equals(event.app());
    }

    private boolean filtersByApp() {
        return app != null && !app.isBlank();
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) {
        this.resourceAdapter = resourceAdapter;
    }

    @Override
    public String toString() {
        return "MediaActivationSpec[app=" + (filtersByApp() ? app : "*") + "]";
    }
}
