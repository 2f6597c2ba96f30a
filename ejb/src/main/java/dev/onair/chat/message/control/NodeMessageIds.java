package dev.onair.chat.message.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** This node's one message-id generator: one per node, so its ids never repeat. */
@ApplicationScoped
public class NodeMessageIds {

    @Inject
    ChatSettings settings;

    private MessageIds ids;

    @PostConstruct
    void init() {
        ids = new MessageIds(settings.nodeId());
    }

    public long next(long epochMillis) {
        return ids.next(epochMillis);
    }
}
