package dev.onair.live.boundary;

import dev.onair.media.api.MediaDecision;
import dev.onair.media.api.MediaEvent;
import dev.onair.media.api.MediaEventListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;

/** nginx-rtmp's callbacks for the ingest app, delivered by the media resource adapter. */
@MessageDriven(messageListenerInterface = MediaEventListener.class, activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "onair-media"),
        @ActivationConfigProperty(propertyName = "app", propertyValue = "live")
})
public class MediaEvents implements MediaEventListener {

    @EJB
    LiveIngest ingest;

    @Override
    public MediaDecision onMediaEvent(MediaEvent event) {
        return switch (event.kind()) {
            case PUBLISH -> ingest.publish(event);
            case PUBLISH_DONE -> {
                ingest.publishDone(event);
                yield MediaDecision.allow();
            }
            default -> MediaDecision.allow();
        };
    }
}
