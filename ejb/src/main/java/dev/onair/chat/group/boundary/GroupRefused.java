package dev.onair.chat.group.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A group operation the caller may not do, with the HTTP status it maps to:
 * 400 invalid, 403 not allowed (not the owner, not a member, closed group),
 * 404 no such group or user, 409 conflicts with the group's state (already a
 * member, full, the owner leaving). Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class GroupRefused extends RuntimeException {

    public static final int INVALID = 400;
    public static final int FORBIDDEN = 403;
    public static final int NOT_FOUND = 404;
    public static final int CONFLICT = 409;

    private final int status;

    public GroupRefused(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
