/**
 * goim's push API at {@code /goim} for back ends: {@code POST /goim/push/keys},
 * {@code /mids}, {@code /room} and {@code /all}, answering goim's
 * {@code {"code":0}} / {@code {"code":-400,"message":...}} and handing each push
 * to the {@link dev.onair.chat.boundary.PushBus} (a plain servlet, {@link
 * dev.onair.web.goim.PushServlet}, for speed); and goim's online counts,
 * {@code GET /goim/online/top}, {@code /room} and {@code /total}, read from
 * {@link dev.onair.chat.boundary.Presence} (a JAX-RS application). Both take
 * the same API key ({@link dev.onair.web.goim.ApiKeyCheck}); the OnAir API's
 * token security and problem+json errors do not apply here and this API's
 * key check does not apply there.
 */
package dev.onair.web.goim;
