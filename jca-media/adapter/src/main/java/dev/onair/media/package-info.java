/**
 * The media resource adapter itself: {@link dev.onair.media.MediaResourceAdapter} owns the
 * adapter's lifecycle, its configuration (where nginx-rtmp's callbacks arrive) and the
 * bridge from the container's {@code WorkManager} to the {@code Executor}s that the JDK's
 * HTTP server and client need. Outbound connections live in {@code outbound}, callback
 * handling and endpoint delivery in {@code inbound}.
 */
package dev.onair.media;
