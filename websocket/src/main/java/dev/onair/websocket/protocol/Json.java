package dev.onair.websocket.protocol;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.NoSuchElementException;

/**
 * The JSON-P provider, looked up once ({@code jakarta.json.Json}'s static
 * methods run a service-loader lookup on every call, which a server parsing
 * a frame per message should not pay), and a strict parse: a reader's
 * {@code readValue} happily returns {@code 1000} for {@code "1000,1001"} and
 * ignores text after a complete value, which would make garbage look valid.
 */
final class Json {

    static final JsonProvider PROVIDER = JsonProvider.provider();

    private Json() {
    }

    /** Parses exactly one JSON value of any kind; throws {@link JsonException} for anything else. */
    static JsonValue parse(String text) {
        try (JsonParser parser = PROVIDER.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new JsonException("no JSON value");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new JsonException("text after the JSON value");
            }
            return value;
        } catch (IllegalStateException | NoSuchElementException e) {
            throw new JsonException("not one JSON value", e);
        }
    }
}
