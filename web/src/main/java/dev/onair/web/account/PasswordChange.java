package dev.onair.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A request to change one's own password. */
public record PasswordChange(
        @NotBlank(message = "currentPassword is required") @Size(max = 128, message = "currentPassword is at most 128 characters")
        String currentPassword,
        @NotBlank(message = "newPassword is required") @Size(min = 8, max = 128, message = "newPassword must have 8 to 128 characters")
        String newPassword) {
}
