package dev.onair.chat.control;

import dev.onair.chat.boundary.Push;
import dev.onair.chat.boundary.PushBus;
import dev.onair.chat.boundary.PushUnavailable;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes pushes to the Artemis push topic ({@code jms/onair/PushTopic},
 * address {@code onair.push}); every websocket node has a non-durable
 * subscription and delivers to its own sockets.
 *
 * <p>Outside a transaction (the push API, the delivery MDB) a push is queued
 * and sent with the others of the same few milliseconds as one message
 * ({@link PushBatcher}, {@code onair.push.linger}). Inside a JTA transaction it
 * is sent at once, enlisted, so it goes out only if the transaction commits.
 *
 * <p>Messages are non-persistent: a push is only worth something to sockets
 * connected now, and the non-durable subscriptions drop it anyway for a node
 * that is down, so writing it to the broker's journal would buy nothing but
 * latency. Artemis sends non-persistent messages without waiting for the
 * broker. The connection comes from the RA pool.
 */
@ApplicationScoped
public class JmsPushBus implements PushBus {

    private static final Logger LOG = Logger.getLogger(JmsPushBus.class.getName());
    /** About twenty seconds of a very busy push API before pushes are refused. */
    private static final int QUEUE_CAPACITY = 10_000;
    private static final int BATCH_PUSHES = 100;
    /** Keeps a batch well below Artemis's large-message threshold (100 KiB). */
    private static final int BATCH_BYTES = 32 * 1024;
    private static final long RETRY_MILLIS = 500;
    private static final long STOP_WAIT_MILLIS = 5_000;
    static final Duration MAX_LINGER = Duration.ofSeconds(1);

    @Resource(lookup = "jms/onair/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/onair/PushTopic")
    Topic pushTopic;

    @Resource
    ManagedThreadFactory threadFactory;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** How long a push waits for others to share its topic message; PT0S takes only what already waits. */
    @Inject
    @ConfigProperty(name = "onair.push.linger", defaultValue = "PT0.005S")
    Duration linger;

    private PushBatcher batcher;
    private Thread publisher;

    @PostConstruct
    void start() {
        if (linger.isNegative() || linger.compareTo(MAX_LINGER) > 0) {
            throw new IllegalStateException("onair.push.linger must be PT0S.." + MAX_LINGER);
        }
        batcher = new PushBatcher(QUEUE_CAPACITY, BATCH_PUSHES, BATCH_BYTES, linger.toNanos(), RETRY_MILLIS,
                this::send);
        publisher = threadFactory.newThread(batcher);
        publisher.setName("onair-push-publisher");
        publisher.start();
        LOG.info(() -> "push publisher: linger=" + linger);
    }

    /**
     * Lets the publisher send what it holds and what is queued, then end: pushes accepted just before a stop
     * still go out. It is interrupted only if that takes longer than a linger, a send and a retry.
     */
    @PreDestroy
    void stop() {
        batcher.stop();
        try {
            publisher.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (publisher.isAlive()) {
            LOG.warning(() -> "push publisher still sending " + STOP_WAIT_MILLIS + " ms after the stop, interrupted");
            publisher.interrupt();
        }
    }

    @Override
    public void publish(Push push) {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            if (!batcher.offer(push)) {
                throw new PushUnavailable("the push topic is not reachable or the publisher is behind", null);
            }
            return;
        }
        try {
            send(List.of(push));
        } catch (JMSRuntimeException e) {
            LOG.warning(() -> "push not published target=" + push.target().getClass().getSimpleName()
                    + " op=" + push.operation() + ": " + e);
            throw new PushUnavailable("the push topic is not reachable", e);
        }
    }

    /** One topic message: the push itself, or a batch of them. */
    private void send(List<Push> pushes) {
        try (JMSContext context = connectionFactory.createContext()) {
            BytesMessage message = context.createBytesMessage();
            if (pushes.size() == 1) {
                PushTopicFormat.write(pushes.get(0), message);
            } else {
                PushTopicFormat.writeBatch(pushes, message);
            }
            context.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT).send(pushTopic, message);
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }
}
