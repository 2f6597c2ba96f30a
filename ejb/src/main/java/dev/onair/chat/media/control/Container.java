package dev.onair.chat.media.control;

/**
 * The container format an upload's first bytes announce. Images are read by
 * their headers; audio and video containers are handed to ffprobe with their
 * demuxer forced ({@link #demuxer()}), so a crafted file can never pick one
 * that reads other files or URLs (a playlist, a concat list).
 */
public enum Container {
    JPEG("image/jpeg", null),
    PNG("image/png", null),
    GIF("image/gif", null),
    WEBP("image/webp", null),
    OGG("audio/ogg", "ogg"),
    MP3("audio/mpeg", "mp3"),
    AAC("audio/aac", "aac"),
    WAV("audio/wav", "wav"),
    /** ISO base media (ftyp): mp4, m4a; QuickTime has its own constant for its MIME type. */
    MP4("video/mp4", "mov"),
    QUICKTIME("video/quicktime", "mov"),
    WEBM("video/webm", "matroska"),
    /** Matroska that is not WebM: no voice or video kind takes it, so it is a file. */
    MATROSKA("application/octet-stream", null),
    PDF("application/pdf", null),
    ZIP("application/zip", null),
    UNKNOWN("application/octet-stream", null);

    private final String mime;
    private final String demuxer;

    Container(String mime, String demuxer) {
        this.mime = mime;
        this.demuxer = demuxer;
    }

    /** The MIME type of the content as a whole (a video container's, for MP4 and WebM). */
    public String mime() {
        return mime;
    }

    /** ffprobe's {@code -f} for containers that may hold voice or video; {@code null} for the others. */
    public String demuxer() {
        return demuxer;
    }

    public boolean isImage() {
        return this == JPEG || this == PNG || this == GIF || this == WEBP;
    }

    public boolean isAudioVisual() {
        return demuxer != null;
    }
}
