package dev.onair.media.inbound;

/**
 * Form bodies exactly as nginx-rtmp 1.2.2 (nginx 1.22.1) posted them for an ffmpeg 5.1 push to
 * {@code rtmp://127.0.0.1:21935/live/SECRETKEY?token=a%20b&name=evil}, answered with
 * {@code 302 Location: u42}, and a viewer pulling {@code live/u42?viewer=v1}.
 */
final class CapturedCallbacks {

    static final String PUBLISH = "app=live&flashver=FMLE/3.0%20(compatible%3B%20Lavf59.27&swfurl="
            + "&tcurl=rtmp://127.0.0.1:21935/live&pageurl=&addr=127.0.0.1&clientid=1&call=publish"
            + "&name=SECRETKEY&type=live&token=a%20b&name=evil";
    static final String RELAY_PLAY = "app=&flashver=ngx-local-relay&swfurl=&tcurl=&pageurl="
            + "&addr=127.0.0.1:21935/hls&clientid=3&call=play&name=u42&start=0&duration=0&reset=0";
    static final String VIEWER_PLAY = "app=live&flashver=LNX%209,0,124,2&swfurl="
            + "&tcurl=rtmp://127.0.0.1:21935/live&pageurl=&addr=127.0.0.1&clientid=6&call=play&name=u42"
            + "&start=4294965296&duration=0&reset=0&viewer=v1";
    static final String VIEWER_PLAY_DONE = "app=live&flashver=LNX%209,0,124,2&swfurl="
            + "&tcurl=rtmp://127.0.0.1:21935/live&pageurl=&addr=127.0.0.1&clientid=6&call=play_done"
            + "&name=u42&viewer=v1";
    static final String UPDATE_PUBLISH = "app=live&flashver=FMLE/3.0%20(compatible%3B%20Lavf59.27"
            + "&swfurl=&tcurl=rtmp://127.0.0.1:21935/live&pageurl=&addr=127.0.0.1&clientid=1"
            + "&call=update_publish&time=3&timestamp=2403&name=SECRETKEY&token=a%20b&name=evil";
    static final String RELAY_UPDATE_PLAY = "app=&flashver=ngx-local-relay&swfurl=&tcurl=&pageurl="
            + "&addr=127.0.0.1:21935/hls&clientid=3&call=update_play&time=3&timestamp=2503&name=u42";
    static final String PUBLISH_DONE = "app=live&flashver=FMLE/3.0%20(compatible%3B%20Lavf59.27"
            + "&swfurl=&tcurl=rtmp://127.0.0.1:21935/live&pageurl=&addr=127.0.0.1&clientid=1"
            + "&call=publish_done&name=SECRETKEY&token=a%20b&name=evil";

    private CapturedCallbacks() {
    }
}
