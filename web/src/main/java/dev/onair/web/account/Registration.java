package dev.onair.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A request to open an account. */
public record Registration(
        @NotBlank(message = "username is required")
        @Pattern(regexp = "[A-Za-z0-9_]{3,32}", message = "username must be 3 to 32 letters, digits or underscores")
        String username,
        @NotBlank(message = "password is required")
        @Size(min = 8, max = 128, message = "password must have 8 to 128 characters")
        String password,
        @Size(max = 64, message = "displayName is at most 64 characters")
        String displayName) {
}
