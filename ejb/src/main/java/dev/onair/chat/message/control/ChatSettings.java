package dev.onair.chat.message.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Room-message configuration ({@code onair.chat.*}, each also an environment
 * variable: {@code onair.chat.rate.limit} = {@code ONAIR_CHAT_RATE_LIMIT}).
 * Values that cannot work stop the application at start, not at the first message.
 */
@ApplicationScoped
public class ChatSettings {

    private static final Logger LOG = Logger.getLogger(ChatSettings.class.getName());

    /** Messages a user may send per window. */
    @Inject
    @ConfigProperty(name = "onair.chat.rate.limit", defaultValue = "5")
    int rateLimit;

    @Inject
    @ConfigProperty(name = "onair.chat.rate.window", defaultValue = "PT2S")
    Duration rateWindow;

    /**
     * Comma-separated words masked as {@code ***} wherever they appear, in any
     * case. The default is a small stand-in list; a deployment sets its own.
     */
    @Inject
    @ConfigProperty(name = "onair.chat.sensitive-words", defaultValue = "fuck,shit,cunt,asshole")
    String sensitiveWords;

    /** How many of a room's last messages a socket gets when it enters the room; 0 = none. */
    @Inject
    @ConfigProperty(name = "onair.chat.history-on-join", defaultValue = "20")
    int historyOnJoin;

    /** How long a client id is remembered, so a retry within it is answered, not sent again. */
    @Inject
    @ConfigProperty(name = "onair.chat.client-id-window", defaultValue = "PT24H")
    Duration clientIdWindow;

    /**
     * This node's part of message ids, 0..31; it must differ between the nodes
     * of a cluster. -1 (default) derives it from the host and instance name,
     * which is fine for one node but may collide in a cluster: set it there.
     */
    @Inject
    @ConfigProperty(name = "onair.chat.node-id", defaultValue = "-1")
    int nodeId;

    private RateRule rateRule;
    private WordFilter wordFilter;

    @PostConstruct
    void validate() {
        rateRule = new RateRule(rateLimit, rateWindow);
        wordFilter = WordFilter.of(sensitiveWords);
        if (historyOnJoin < 0 || historyOnJoin > 100) {
            throw new IllegalStateException("onair.chat.history-on-join must be 0..100");
        }
        if (clientIdWindow.toMillis() < 1) {
            throw new IllegalStateException("onair.chat.client-id-window must be positive");
        }
        if (nodeId < -1 || nodeId > MessageIds.MAX_NODE) {
            throw new IllegalStateException("onair.chat.node-id must be -1 or 0.." + MessageIds.MAX_NODE);
        }
        if (nodeId == -1) {
            nodeId = derivedNodeId();
        }
        LOG.info(() -> "chat messages: rate=" + rateLimit + "/" + rateWindow + " history-on-join=" + historyOnJoin
                + " node-id=" + nodeId);
    }

    private static int derivedNodeId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String instance = System.getProperty("com.sun.aas.instanceName", "");
        return Math.floorMod((host + "/" + instance).hashCode(), MessageIds.MAX_NODE + 1);
    }

    public RateRule rateRule() {
        return rateRule;
    }

    public WordFilter wordFilter() {
        return wordFilter;
    }

    public int historyOnJoin() {
        return historyOnJoin;
    }

    public Duration clientIdWindow() {
        return clientIdWindow;
    }

    public int nodeId() {
        return nodeId;
    }
}
