package dev.onair.chat.control;

import dev.onair.chat.boundary.Push;
import dev.onair.chat.boundary.Push.All;
import dev.onair.chat.boundary.Push.Eject;
import dev.onair.chat.boundary.Push.Keys;
import dev.onair.chat.boundary.Push.Mids;
import dev.onair.chat.boundary.Push.Room;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The push topic's message format (docs/CONTRACTS.md): a {@link BytesMessage}
 * whose body is the payload, with properties {@code target} = keys | mids |
 * room | all | eject, {@code op}, and {@code keys} / {@code mids} (comma-joined) |
 * {@code room} | {@code speed} | {@code room} and {@code mids} (one user) for
 * eject, whose body is the close reason; or {@code target} = batch, whose body
 * holds several pushes in order, each as its properties and its payload. Both the publisher ({@link JmsPushBus}) and the
 * websocket tier's listener use this class, so the two cannot drift apart. The
 * mapping itself is pure (properties in, push out) so it is tested without a broker.
 */
public final class PushTopicFormat {

    static final String TARGET = "target";
    static final String OP = "op";
    static final String KEYS = "keys";
    static final String MIDS = "mids";
    static final String ROOM = "room";
    static final String SPEED = "speed";
    static final String ALL = "all";
    static final String EJECT = "eject";
    static final String BATCH = "batch";

    private PushTopicFormat() {
    }

    /** Fills a new message from a push. */
    public static void write(Push push, BytesMessage message) throws JMSException {
        for (Map.Entry<String, Object> property : properties(push).entrySet()) {
            message.setObjectProperty(property.getKey(), property.getValue());
        }
        message.writeBytes(push.body());
    }

    /** Fills a new message with several pushes, to be handed on in this order. */
    public static void writeBatch(List<Push> pushes, BytesMessage message) throws JMSException {
        message.setStringProperty(TARGET, BATCH);
        message.writeBytes(encode(pushes));
    }

    /**
     * Reads the pushes of a topic message: the one it holds, or a batch's in order.
     *
     * @throws IllegalArgumentException when the message is not in this format
     */
    public static List<Push> readAll(Message message) throws JMSException {
        if (!BATCH.equals(message.getObjectProperty(TARGET))) {
            return List.of(read(message));
        }
        if (!(message instanceof BytesMessage bytes)) {
            throw new IllegalArgumentException("push batch is not a BytesMessage");
        }
        return decode(bytes.getBody(byte[].class));
    }

    /** A batch body: the count, then per push its properties (name, value as text) and its payload. */
    static byte[] encode(List<Push> pushes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * pushes.size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(pushes.size());
            for (Push push : pushes) {
                Map<String, Object> properties = properties(push);
                out.writeByte(properties.size());
                for (Map.Entry<String, Object> property : properties.entrySet()) {
                    writeBytes(out, property.getKey().getBytes(StandardCharsets.UTF_8));
                    writeBytes(out, property.getValue().toString().getBytes(StandardCharsets.UTF_8));
                }
                writeBytes(out, push.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail
        }
        return bytes.toByteArray();
    }

    static List<Push> decode(byte[] batch) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(batch))) {
            int count = in.readInt();
            if (count < 0 || count > batch.length) {
                throw new IllegalArgumentException("push batch has a bad count");
            }
            List<Push> pushes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int size = in.readUnsignedByte();
                Map<String, Object> properties = new HashMap<>();
                for (int p = 0; p < size; p++) {
                    properties.put(text(in), text(in));
                }
                pushes.add(parse(properties::get, readBytes(in)));
            }
            if (in.available() > 0) {
                throw new IllegalArgumentException("push batch has bytes after its last push");
            }
            return pushes;
        } catch (IOException e) {
            throw new IllegalArgumentException("push batch is truncated");
        }
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IllegalArgumentException("push batch has a bad length");
        }
        return in.readNBytes(length);
    }

    private static String text(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    /**
     * Reads a push back from a topic message.
     *
     * @throws IllegalArgumentException when the message is not in this format
     */
    public static Push read(Message message) throws JMSException {
        if (!(message instanceof BytesMessage bytes)) {
            throw new IllegalArgumentException("push message is not a BytesMessage");
        }
        byte[] body = bytes.getBody(byte[].class);
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String name : List.of(TARGET, OP, KEYS, MIDS, ROOM, SPEED)) {
            properties.put(name, message.getObjectProperty(name));
        }
        return parse(properties::get, body);
    }

    static Map<String, Object> properties(Push push) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(OP, push.operation());
        Push.Target target = push.target();
        // no pattern matching for switch on Java 17: an instanceof chain over the sealed target
        if (target instanceof Keys keys) {
            properties.put(TARGET, KEYS);
            properties.put(KEYS, String.join(",", keys.keys()));
        } else if (target instanceof Mids mids) {
            properties.put(TARGET, MIDS);
            properties.put(MIDS, String.join(",", mids.mids().stream().map(String::valueOf).toList()));
        } else if (target instanceof Room room) {
            properties.put(TARGET, ROOM);
            properties.put(ROOM, room.roomId());
        } else if (target instanceof All all) {
            properties.put(TARGET, ALL);
            properties.put(SPEED, all.speed());
        } else if (target instanceof Eject eject) {
            properties.put(TARGET, EJECT);
            properties.put(ROOM, eject.roomId());
            properties.put(MIDS, String.valueOf(eject.mid()));
        }
        return properties;
    }

    static Push parse(Function<String, Object> property, byte[] body) {
        int op = integer(property.apply(OP), OP);
        Object target = property.apply(TARGET);
        Push.Target parsed = switch (target == null ? "" : target.toString()) {
            case KEYS -> new Keys(split(required(property.apply(KEYS), KEYS)));
            case MIDS -> new Mids(split(required(property.apply(MIDS), MIDS)).stream()
                    .map(PushTopicFormat::mid).toList());
            case ROOM -> new Room(required(property.apply(ROOM), ROOM));
            case ALL -> new All(property.apply(SPEED) == null ? 0 : integer(property.apply(SPEED), SPEED));
            case EJECT -> new Eject(required(property.apply(ROOM), ROOM), mid(required(property.apply(MIDS), MIDS)));
            default -> throw new IllegalArgumentException("unknown push target '" + target + "'");
        };
        return new Push(parsed, op, body);
    }

    private static String required(Object value, String name) {
        if (value == null || value.toString().isEmpty()) {
            throw new IllegalArgumentException("push message lacks '" + name + "'");
        }
        return value.toString();
    }

    private static int integer(Object value, String name) {
        if (value instanceof Integer i) {
            return i;
        }
        try {
            return Integer.parseInt(required(value, name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("push message property '" + name + "' is not an int");
        }
    }

    private static long mid(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("push message has a non-numeric mid");
        }
    }

    private static List<String> split(String joined) {
        return new ArrayList<>(Arrays.asList(joined.split(",")));
    }
}
