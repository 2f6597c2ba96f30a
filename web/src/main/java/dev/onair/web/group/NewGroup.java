package dev.onair.web.group;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A request to create a group. */
public record NewGroup(
        @NotBlank(message = "name is required")
        @Size(max = 64, message = "name is at most 64 characters")
        String name,
        @NotNull(message = "open is required (true: anyone may join)")
        Boolean open) {
}
