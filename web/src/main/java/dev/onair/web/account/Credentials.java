package dev.onair.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A login request. */
public record Credentials(
        @NotBlank(message = "username is required") @Size(max = 32, message = "username is at most 32 characters")
        String username,
        @NotBlank(message = "password is required") @Size(max = 128, message = "password is at most 128 characters")
        String password) {
}
