package dev.onair.media.api;

/**
 * The message listener interface of the media adapter. A message-driven bean implements it
 * with {@code @MessageDriven(messageListenerInterface = MediaEventListener.class)} and
 * {@code @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "onair-media")};
 * the optional activation property {@code app} limits it to one nginx application.
 * <p>
 * Every active bean gets every matching event, so several components can listen at once.
 * The call is synchronous: nginx waits for the answer, so keep it short.
 */
public interface MediaEventListener {

    /**
     * @return the decision for this event; never null. For events whose answer nginx
     *         ignores, return {@link MediaDecision#allow()}. If a bean throws or returns null
     *         a PUBLISH is rejected (fail closed); other events are accepted.
     */
    MediaDecision onMediaEvent(MediaEvent event);
}
