package dev.onair.web.goim;

import dev.onair.chat.boundary.Push;
import dev.onair.chat.boundary.PushBus;
import dev.onair.chat.boundary.PushUnavailable;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * goim's push endpoints ({@code POST /goim/push/keys|mids|room|all}, docs/push.md
 * of goim). The body is the message, passed through as bytes whatever its
 * content type. Each request is validated, published to the push bus and
 * answered at once; delivery to sockets happens on every node afterwards, so
 * {@code {"code":0}} means "accepted for delivery", as in goim.
 *
 * <p>A plain servlet, not a JAX-RS resource like the rest of the goim API:
 * at hundreds of pushes a second JAX-RS's per-request work (routing, its
 * injection manager, request events) was about a tenth of the core the
 * fan-out shares (BENCHMARKS.md, run 11). Answers are goim's, with the HTTP
 * status set to match (400, 401, 404, 405, 500), as in {@link GoimApplication}.
 */
@WebServlet(urlPatterns = "/goim/push/*")
public class PushServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(PushServlet.class.getName());
    private static final byte[] OK = GoimReply.OK.getBytes(StandardCharsets.UTF_8);

    @Inject
    transient PushBus bus;

    @Inject
    transient ApiKeyCheck apiKey;

    /** The largest push body; goim's clients refuse frames with bodies over 4096 bytes. */
    @Inject
    @ConfigProperty(name = "onair.push.max-body", defaultValue = "4096")
    transient int maxBody;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The body first: once the input stream is read, the container leaves a form-encoded body
        // (goim's own examples post with curl -d) out of the parameters, which are then the query's.
        byte[] body = request.getInputStream().readNBytes(maxBody + 1); // one past the limit tells oversize
        String refusal = apiKey.refusal(request.getHeader("Authorization"), request.getParameter("api_key"));
        if (refusal != null) {
            reply(response, HttpServletResponse.SC_UNAUTHORIZED, -401, refusal);
            return;
        }
        String endpoint = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!PushRequest.ENDPOINTS.contains(endpoint)) {
            reply(response, HttpServletResponse.SC_NOT_FOUND, -400, "Not Found");
            return;
        }
        Push push;
        try {
            if (body.length > maxBody) {
                throw new IllegalArgumentException("body over " + maxBody + " bytes");
            }
            push = PushRequest.parse(endpoint, request::getParameterValues, body);
        } catch (IllegalArgumentException e) {
            reply(response, HttpServletResponse.SC_BAD_REQUEST, -400, e.getMessage());
            return;
        }
        try {
            bus.publish(push);
        } catch (PushUnavailable e) {
            reply(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, -500, "push bus unavailable, try again");
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "goim push API failed", e); // a bug: logged, never shown to the caller
            reply(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, -500, "server error");
            return;
        }
        LOG.fine(() -> "push accepted " + push);
        response.setContentType("application/json");
        response.setContentLength(OK.length);
        response.getOutputStream().write(OK);
    }

    /** goim's push API takes POST only; other methods get its answer shape too. */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            reply(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, -400, "Method Not Allowed");
            return;
        }
        super.service(request, response);
    }

    private static void reply(HttpServletResponse response, int status, int code, String message)
            throws IOException {
        byte[] body = new GoimReply(code, message).json().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
