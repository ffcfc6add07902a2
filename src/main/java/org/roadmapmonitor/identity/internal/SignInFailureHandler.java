package org.roadmapmonitor.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the sign-in page, saying whether the password was wrong or the account is throttled. */
class SignInFailureHandler implements AuthenticationFailureHandler {
    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason = exception instanceof ThrottledAuthenticationProvider.Throttled t && !t.locked()
                ? "slow"
                : exception instanceof LockedException ? "locked" : "bad";
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
