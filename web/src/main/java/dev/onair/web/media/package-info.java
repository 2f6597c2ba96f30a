/** HTTP doors of the live/media side: streams on air, dropping one, the media server's public URLs. */
package dev.onair.web.media;
