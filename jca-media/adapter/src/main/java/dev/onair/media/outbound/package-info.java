/**
 * Outbound half of the media adapter: pooled connections to nginx-rtmp's HTTP side.
 * {@link dev.onair.media.outbound.MediaManagedConnectionFactory} is configured with the
 * media server's URL; the container pools {@link dev.onair.media.outbound.MediaManagedConnection}s
 * and hands applications {@link dev.onair.media.outbound.MediaConnectionHandle}s through
 * {@link dev.onair.media.outbound.PooledMediaConnectionFactory}. Requests go through
 * {@link dev.onair.media.outbound.MediaServerClient}; {@link dev.onair.media.outbound.StatParser}
 * reads the {@code /stat} XML.
 */
package dev.onair.media.outbound;
