package dev.onair.websocket.protocol;

import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Something to send to sockets, rendered at most once per form however many
 * sockets receive it: a room push to ten thousand sockets is encoded once.
 * A binary socket gets one message (one frame, or an op-9 batch when there
 * are several); a text socket gets one JSON message per frame, since the text
 * form has no batch. Rendering is lazy and idempotent, so concurrent callers
 * at worst render twice and never see a partial result.
 */
public final class Outbound {

    /** A frame, with its text-form body when that is not derived from its bytes ({@code null} otherwise). */
    private record Part(Frame frame, JsonValue textBody) {
    }

    private final List<Part> parts;
    private volatile List<Object> binary;
    private volatile List<Object> texts;

    private Outbound(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    public static Outbound of(Frame frame) {
        return new Outbound(List.of(new Part(frame, null)));
    }

    /** Frames that travel together: one op-9 batch for binary sockets. */
    public static Outbound batch(List<Frame> frames) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("a batch needs frames");
        }
        List<Part> parts = new ArrayList<>(frames.size());
        for (Frame frame : frames) {
            parts.add(new Part(frame, null));
        }
        return new Outbound(parts);
    }

    /** The heartbeat reply (op 3): an int32 body in binary, a plain number in text. */
    public static Outbound heartbeatReply(Frame heartbeat, int online) {
        Frame reply = Frame.reply(heartbeat, Ops.HEARTBEAT_REPLY, BinaryFrames.int32(online));
        return new Outbound(List.of(new Part(reply, Json.PROVIDER.createValue(online))));
    }

    /**
     * OnAir's error frame, sent just before a close: goim's "disconnect reply"
     * (op 6) with body {@code {"code":<close code>,"reason":"..."}}.
     */
    public static Outbound error(int ver, int seq, int code, String reason) {
        String body = Json.PROVIDER.createObjectBuilder().add("code", code).add("reason", reason).build().toString();
        return of(new Frame(ver, Ops.DISCONNECT_REPLY, seq, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** The frames, for a look at what is being sent (a push filter reads ops and bodies). */
    public List<Frame> frames() {
        return parts.stream().map(Part::frame).toList();
    }

    public int frameCount() {
        return parts.size();
    }

    /**
     * The WebSocket messages for a socket of the given form: {@code byte[]}
     * (binary) or {@code String} (text) elements, to be sent in order.
     */
    public List<Object> messages(boolean text) {
        return text ? texts() : binary();
    }

    private List<Object> binary() {
        List<Object> rendered = binary;
        if (rendered == null) {
            byte[] message = parts.size() == 1
                    ? BinaryFrames.encode(parts.get(0).frame())
                    : BinaryFrames.encodeBatch(parts.stream().map(Part::frame).toList());
            rendered = List.of(message);
            binary = rendered;
        }
        return rendered;
    }

    private List<Object> texts() {
        List<Object> rendered = texts;
        if (rendered == null) {
            List<Object> messages = new ArrayList<>(parts.size());
            for (Part part : parts) {
                messages.add(part.textBody() != null
                        ? TextFrames.encode(part.frame(), part.textBody())
                        : TextFrames.encode(part.frame()));
            }
            rendered = List.copyOf(messages);
            texts = rendered;
        }
        return rendered;
    }
}
