package dev.onair.chat.boundary;

/**
 * The port through which anything in OnAir pushes to connected clients. An
 * implementation hands the push to every node holding sockets and returns at
 * once: it never waits for the delivery. Called inside a JTA transaction, the
 * push is sent only if that transaction commits.
 */
public interface PushBus {

    /**
     * Publishes a push for delivery on every node.
     *
     * @throws PushUnavailable when the bus cannot take the message now
     */
    void publish(Push push);
}
