package dev.onair.chat.media.control;

import java.nio.charset.StandardCharsets;

/**
 * Names the container of an upload from its first bytes (magic numbers), never
 * from what the client claims. {@link #HEAD} bytes are enough for every format here.
 */
public final class Sniffer {

    public static final int HEAD = 64;

    private Sniffer() {
    }

    public static Container sniff(byte[] head) {
        if (starts(head, 0, 0xFF, 0xD8, 0xFF)) {
            return Container.JPEG;
        }
        if (starts(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Container.PNG;
        }
        if (ascii(head, 0, "GIF87a") || ascii(head, 0, "GIF89a")) {
            return Container.GIF;
        }
        if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
            return Container.WEBP;
        }
        if (ascii(head, 0, "RIFF") && ascii(head, 8, "WAVE")) {
            return Container.WAV;
        }
        if (ascii(head, 0, "OggS")) {
            return Container.OGG;
        }
        if (ascii(head, 4, "ftyp")) {
            String brand = head.length >= 12 ? new String(head, 8, 4, StandardCharsets.ISO_8859_1) : "";
            return brand.equals("qt  ") ? Container.QUICKTIME : Container.MP4;
        }
        // QuickTime files from older tools start with an atom other than ftyp
        if (ascii(head, 4, "moov") || ascii(head, 4, "mdat") || ascii(head, 4, "wide")) {
            return Container.QUICKTIME;
        }
        if (starts(head, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            return contains(head, "webm") ? Container.WEBM : Container.MATROSKA;
        }
        if (ascii(head, 0, "ID3") || isMpegAudioFrame(head)) {
            return Container.MP3;
        }
        if (isAdts(head)) {
            return Container.AAC;
        }
        if (ascii(head, 0, "%PDF-")) {
            return Container.PDF;
        }
        if (starts(head, 0, 'P', 'K', 3, 4)) {
            return Container.ZIP;
        }
        return Container.UNKNOWN;
    }

    /** 11 sync bits, MPEG version not reserved, layer I-III (not 00, which is ADTS), bitrate not 1111. */
    private static boolean isMpegAudioFrame(byte[] h) {
        return h.length >= 3 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xE0) == 0xE0
                && (h[1] & 0x18) != 0x08 && (h[1] & 0x06) != 0 && (h[2] & 0xF0) != 0xF0;
    }

    /** ADTS (raw AAC): 12 sync bits, layer 00. */
    private static boolean isAdts(byte[] h) {
        return h.length >= 2 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xF6) == 0xF0;
    }

    private static boolean starts(byte[] h, int at, int... bytes) {
        if (h.length < at + bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((h[at + i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] h, int at, String text) {
        return starts(h, at, text.chars().toArray());
    }

    private static boolean contains(byte[] h, String text) {
        return new String(h, StandardCharsets.ISO_8859_1).contains(text);
    }
}
