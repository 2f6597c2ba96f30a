/** Time as an injected {@link java.time.Clock}. */
package dev.onair.platform.time;
