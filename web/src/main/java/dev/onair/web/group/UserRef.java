package dev.onair.web.group;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A user named in a request body: {@code {"userId":42}}. */
public record UserRef(
        @NotNull(message = "userId is required")
        @Positive(message = "userId must be a user id")
        Long userId) {
}
