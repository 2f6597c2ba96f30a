/** What the live component offers: publish decisions ({@link dev.onair.live.boundary.LiveIngest}) and the streams on air ({@link dev.onair.live.boundary.LiveStreams}). */
package dev.onair.live.boundary;
