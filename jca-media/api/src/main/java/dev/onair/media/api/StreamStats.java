package dev.onair.media.api;

/**
 * One stream as nginx-rtmp's {@code /stat} reports it. Bandwidths are nginx's 10-second
 * averages, so a stream that has just started shows 0. Numbers nginx does not report yet
 * (no metadata before the first keyframe) are 0, codecs are empty strings.
 *
 * @param app          nginx application ({@code live} for ingest, {@code hls} for the relay)
 * @param name         stream name, the public name once the publish was renamed
 * @param uptimeMillis time since the stream started
 * @param bwIn         incoming bandwidth in bits per second
 * @param bytesIn      bytes received since the stream started
 * @param bwVideo      video bandwidth in bits per second
 * @param bwAudio      audio bandwidth in bits per second
 * @param width        video width in pixels as signalled in the H.264 SPS (macroblock
 *                     aligned: a 360-line picture may report 352)
 * @param height       video height in pixels, same caveat
 * @param frameRate    whole frames per second as the publisher announced it (nginx
 *                     truncates: 29.97 reads 29)
 * @param videoCodec   e.g. {@code H264}
 * @param audioCodec   e.g. {@code AAC}
 * @param clients      connected clients, the publisher and the relay included
 * @param publishing   whether someone is publishing the stream right now
 */
public record StreamStats(
        String app,
        String name,
        long uptimeMillis,
        long bwIn,
        long bytesIn,
        long bwVideo,
        long bwAudio,
        int width,
        int height,
        int frameRate,
        String videoCodec,
        String audioCodec,
        int clients,
        boolean publishing) {
}
