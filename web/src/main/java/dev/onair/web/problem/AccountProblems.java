package dev.onair.web.problem;

import dev.onair.account.boundary.AccountException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Account refusals: taken names, weak passwords, bad credentials. */
@Provider
public class AccountProblems extends Problems implements ExceptionMapper<AccountException> {

    @Override
    public Response toResponse(AccountException e) {
        Problem problem = switch (e.reason()) {
            case USERNAME_TAKEN -> Problem.of("username-taken", "Username taken", Status.CONFLICT, e.getMessage());
            case WEAK_PASSWORD -> Problem.of("weak-password", "Password not acceptable",
                    Status.fromStatusCode(422), e.getMessage());
            case BAD_CREDENTIALS -> Problem.of("bad-credentials", "Bad credentials", Status.UNAUTHORIZED, e.getMessage());
            case PASSWORD_CHANGE_REQUIRED -> Problem.of("password-change-required", "Password change required",
                    Status.FORBIDDEN, e.getMessage());
            case NOT_FOUND -> Problem.of("not-found", "Not found", Status.NOT_FOUND, e.getMessage());
        };
        return answer(problem);
    }
}
