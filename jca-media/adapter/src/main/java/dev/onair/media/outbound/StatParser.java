package dev.onair.media.outbound;

import dev.onair.media.api.MediaException;
import dev.onair.media.api.StreamStats;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads nginx-rtmp's {@code /stat} XML ({@code rtmp/server/application/live/stream}) into
 * {@link StreamStats}. Pure: text in, records out.
 */
public final class StatParser {

    private StatParser() {
    }

    /** @throws MediaException if the text is not /stat XML */
    public static List<StreamStats> parse(String xml) {
        Element rtmp = document(xml);
        if (!"rtmp".equals(rtmp.getTagName())) {
            throw new MediaException("not nginx-rtmp /stat XML: root element " + rtmp.getTagName());
        }
        List<StreamStats> streams = new ArrayList<>();
        children(rtmp, "server")
                .flatMap(server -> children(server, "application"))
                .forEach(application -> {
                    String app = text(application, "name");
                    children(application, "live")
                            .flatMap(live -> children(live, "stream"))
                            .forEach(stream -> streams.add(stream(app, stream)));
                });
        return streams;
    }

    private static StreamStats stream(String app, Element stream) {
        Optional<Element> video = child(stream, "meta").flatMap(meta -> child(meta, "video"));
        Optional<Element> audio = child(stream, "meta").flatMap(meta -> child(meta, "audio"));
        return new StreamStats(
                app,
                text(stream, "name"),
                whole(text(stream, "time")),
                whole(text(stream, "bw_in")),
                whole(text(stream, "bytes_in")),
                whole(text(stream, "bw_video")),
                whole(text(stream, "bw_audio")),
                (int) whole(video.map(v -> text(v, "width")).orElse("")),
                (int) whole(video.map(v -> text(v, "height")).orElse("")),
                (int) whole(video.map(v -> text(v, "frame_rate")).orElse("")),
                video.map(v -> text(v, "codec")).orElse(""),
                audio.map(a -> text(a, "codec")).orElse(""),
                (int) whole(text(stream, "nclients")),
                child(stream, "publishing").isPresent());
    }

    private static Element document(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // /stat never has a DTD; refusing one closes the door to entity tricks.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new MediaException("cannot parse nginx-rtmp /stat XML", e);
        }
    }

    private static Stream<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && tag.equals(element.getTagName())) {
                found.add(element);
            }
        }
        return found.stream();
    }

    private static Optional<Element> child(Element parent, String tag) {
        return children(parent, tag).findFirst();
    }

    private static String text(Element parent, String tag) {
        return child(parent, tag).map(element -> element.getTextContent().trim()).orElse("");
    }

    /** nginx leaves a value empty until it knows it; that reads as 0. */
    private static long whole(String text) {
        try {
            return text.isEmpty() ? 0 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
