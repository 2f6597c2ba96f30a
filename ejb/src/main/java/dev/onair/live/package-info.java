/**
 * Live: anchors push RTMP with their stream key to nginx-rtmp; the media
 * adapter asks this component whether a publish may go on, and records each
 * live session under the stream's public name.
 */
package dev.onair.live;
