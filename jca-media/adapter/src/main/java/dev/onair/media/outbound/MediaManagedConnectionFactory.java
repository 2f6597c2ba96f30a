package dev.onair.media.outbound;

import dev.onair.media.MediaResourceAdapter;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import javax.security.auth.Subject;

/**
 * Makes connections to one nginx-rtmp HTTP endpoint. Config properties: {@code MediaServerUrl}
 * (default http://127.0.0.1:8088) and {@code Timeout} in milliseconds (default 3000), used
 * for connecting and for each request. Equality is over those two, so the container can tell
 * pools apart.
 */
public class MediaManagedConnectionFactory implements ManagedConnectionFactory, ResourceAdapterAssociation {

    private static final long serialVersionUID = 1L;

    private String mediaServerUrl = "http://127.0.0.1:8088";
    private Integer timeout = 3000;

    private transient ResourceAdapter resourceAdapter;
    private transient PrintWriter logWriter;
    /** One client per factory: it is thread-safe and keeps its connections alive across pooled connections. */
    private transient volatile HttpClient httpClient;

    @Override
    public Object createConnectionFactory(ConnectionManager connectionManager) {
        return new PooledMediaConnectionFactory(this, connectionManager);
    }

    /** Outside a container (tools, tests): every connection is made for its caller and destroyed on close. */
    @Override
    public Object createConnectionFactory() {
        return new PooledMediaConnectionFactory(this, new UnpooledConnectionManager());
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) throws ResourceException {
        return new MediaManagedConnection(this,
                new MediaServerClient(httpClient(), validUrl(), Duration.ofMillis(validTimeout())));
    }

    /** Connections carry no per-user state: any one made by an equal factory will do. */
    @Override
    @SuppressWarnings("rawtypes")
    public ManagedConnection matchManagedConnections(Set candidates, Subject subject, ConnectionRequestInfo info) {
        for (Object candidate : candidates) {
            if (candidate instanceof MediaManagedConnection connection && equals(connection.factory())) {
                return connection;
            }
        }
        return null;
    }

    private HttpClient httpClient() {
        HttpClient client = httpClient;
        if (client == null) {
            synchronized (this) {
                client = httpClient;
                if (client == null) {
                    client = newHttpClient();
                    httpClient = client;
                }
            }
        }
        return client;
    }

    /**
     * HTTP/1.1 because nginx's http side does not speak h2c, so the upgrade attempt is waste.
     * The client's worker tasks run on the adapter's WorkManager when the adapter is started;
     * only its selector thread is its own, for the same reason as the callback server's.
     */
    private HttpClient newHttpClient() {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofMillis(validTimeout()));
        if (resourceAdapter instanceof MediaResourceAdapter media) {
            media.workExecutor().ifPresent(builder::executor);
        }
        return builder.build();
    }

    private String validUrl() throws InvalidPropertyException {
        if (mediaServerUrl != null) {
            try {
                URI url = new URI(mediaServerUrl);
                if (("http".equals(url.getScheme()) || "https".equals(url.getScheme())) && url.getHost() != null) {
                    return mediaServerUrl;
                }
            } catch (URISyntaxException notAUrl) {
                // reported below with the offending value
            }
        }
        throw new InvalidPropertyException("MediaServerUrl must be an http(s) URL: " + mediaServerUrl);
    }

    private int validTimeout() {
        return timeout == null || timeout <= 0 ? 3000 : timeout;
    }

    public String getMediaServerUrl() {
        return mediaServerUrl;
    }

    public void setMediaServerUrl(String mediaServerUrl) {
        this.mediaServerUrl = mediaServerUrl;
        httpClient = null;
    }

    public Integer getTimeout() {
        return timeout;
    }

    public void setTimeout(Integer timeout) {
        this.timeout = timeout;
        httpClient = null;
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) {
        this.resourceAdapter = resourceAdapter;
        httpClient = null;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter logWriter) {
        this.logWriter = logWriter;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MediaManagedConnectionFactory that
                && Objects.equals(mediaServerUrl, that.mediaServerUrl)
                && Objects.equals(timeout, that.timeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mediaServerUrl, timeout);
    }
}
