/**
 * Inbound half of the media adapter: nginx-rtmp's notify callbacks in, listener decisions
 * out. {@link dev.onair.media.inbound.CallbackServer} receives the HTTP POSTs,
 * {@link dev.onair.media.inbound.NotifyForm} and {@link dev.onair.media.inbound.NotifyCallbacks}
 * turn them into {@code MediaEvent}s, {@link dev.onair.media.inbound.MediaEndpoints} delivers
 * each to every active message endpoint, {@link dev.onair.media.inbound.CallbackAnswer} folds
 * their decisions into the HTTP status nginx acts on, and
 * {@link dev.onair.media.inbound.PublicNames} remembers renames because nginx does not.
 */
package dev.onair.media.inbound;
