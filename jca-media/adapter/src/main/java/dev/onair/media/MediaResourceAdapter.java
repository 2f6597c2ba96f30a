package dev.onair.media;

import dev.onair.media.inbound.CallbackServer;
import dev.onair.media.inbound.MediaActivationSpec;
import dev.onair.media.inbound.MediaEndpoints;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.io.IOException;
import java.io.Serializable;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javax.transaction.xa.XAResource;

/**
 * The media adapter, deployed standalone as {@code onair-media}. While started it listens on
 * {@code CallbackHost:CallbackPort} for nginx-rtmp's notify callbacks and hands each one to
 * every active {@code MediaEventListener} endpoint. Configured through the JavaBean
 * properties {@code CallbackHost} (default 127.0.0.1) and {@code CallbackPort} (default 8089).
 */
public class MediaResourceAdapter implements ResourceAdapter, Serializable {

    private static final long serialVersionUID = 1L;

    private String callbackHost = "127.0.0.1";
    private Integer callbackPort = 8089;

    private transient volatile Executor workExecutor;
    private transient volatile MediaEndpoints endpoints;
    private transient volatile CallbackServer callbackServer;

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        Executor executor = new WorkManagerExecutor(context.getWorkManager());
        MediaEndpoints activeEndpoints = new MediaEndpoints();
        try {
            callbackServer = CallbackServer.start(
                    new InetSocketAddress(callbackHost, callbackPort), activeEndpoints, executor);
        } catch (IOException e) {
            throw new ResourceAdapterInternalException(
                    "cannot listen for nginx-rtmp callbacks on " + callbackHost + ":" + callbackPort, e);
        }
        workExecutor = executor;
        endpoints = activeEndpoints;
    }

    @Override
    public void stop() {
        CallbackServer server = callbackServer;
        if (server != null) {
            server.stop();
        }
        MediaEndpoints activeEndpoints = endpoints;
        if (activeEndpoints != null) {
            activeEndpoints.clear();
        }
        callbackServer = null;
        endpoints = null;
        workExecutor = null;
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        if (!(spec instanceof MediaActivationSpec mediaSpec)) {
            throw new NotSupportedException("expected a MediaActivationSpec, got " + spec);
        }
        mediaSpec.validate();
        started().activate(mediaSpec, factory);
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        MediaEndpoints activeEndpoints = endpoints;
        if (activeEndpoints != null && spec instanceof MediaActivationSpec mediaSpec) {
            activeEndpoints.deactivate(mediaSpec, factory);
        }
    }

    /** Deliveries are not transacted and there is nothing to recover after a crash. */
    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    /** The WorkManager-backed executor while the adapter is started, for outbound HTTP. */
    public Optional<Executor> workExecutor() {
        return Optional.ofNullable(workExecutor);
    }

    private MediaEndpoints started() throws ResourceException {
        MediaEndpoints activeEndpoints = endpoints;
        if (activeEndpoints == null) {
            throw new ResourceAdapterInternalException("media resource adapter is not started");
        }
        return activeEndpoints;
    }

    public String getCallbackHost() {
        return callbackHost;
    }

    public void setCallbackHost(String callbackHost) {
        this.callbackHost = callbackHost;
    }

    public Integer getCallbackPort() {
        return callbackPort;
    }

    public void setCallbackPort(Integer callbackPort) {
        this.callbackPort = callbackPort;
    }

    /** JavaBean equality over the configuration, as the Connectors spec asks of adapters. */
    @Override
    public boolean equals(Object other) {
        return other instanceof MediaResourceAdapter that
                && Objects.equals(callbackHost, that.callbackHost)
                && Objects.equals(callbackPort, that.callbackPort);
    }

    @Override
    public int hashCode() {
        return Objects.hash(callbackHost, callbackPort);
    }
}
