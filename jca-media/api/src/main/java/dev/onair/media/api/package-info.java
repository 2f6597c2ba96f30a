/**
 * What the rest of OnAir sees of the media server (nginx-rtmp): the only package
 * other modules compile against. Outbound, a {@link dev.onair.media.api.MediaConnectionFactory}
 * (looked up as {@code jca/onair/media}) hands out {@link dev.onair.media.api.MediaConnection}s
 * that read stream statistics and drop publishers or viewers. Inbound, message-driven beans
 * implementing {@link dev.onair.media.api.MediaEventListener} (resource adapter
 * {@code onair-media}) receive every publish/play callback as a
 * {@link dev.onair.media.api.MediaEvent} and answer with a {@link dev.onair.media.api.MediaDecision},
 * which nginx-rtmp turns into accept, reject or rename. Failures are the unchecked
 * {@link dev.onair.media.api.MediaException}.
 */
package dev.onair.media.api;
