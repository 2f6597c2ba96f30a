package dev.onair.admin.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps an admin whose password must be changed (the initial {@code admin}/{@code admin}) on
 * the password-change page: every other page redirects there until the change is done. The
 * container has authenticated the request before any filter runs, so the caller is known here.
 */
@WebFilter(urlPatterns = "/*")
public class PasswordChangeGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    AdminSession session;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRemoteUser() != null && session.isMustChangePassword() && !reachable(request)) {
            redirect(request, response, request.getContextPath() + AdminSecurity.CHANGE_PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The pages a must-change admin may still see: the change page itself (and its sign-out button), the login page, styles and scripts. */
    private static boolean reachable(HttpServletRequest request) {
        String path = request.getServletPath();
        return AdminSecurity.CHANGE_PASSWORD_PAGE.equals(path)
                || AdminSecurity.LOGIN_PAGE.equals(path)
                || path.startsWith(RESOURCES);
    }

    /** An Ajax request cannot follow a 302; Faces' partial response tells its script to navigate instead. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String url)
            throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().printf(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"%s\"/></partial-response>",
                    url);
        } else {
            response.sendRedirect(url);
        }
    }
}
