package org.roadmapmonitor.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.identity.RoleGrant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Identity", description = "Who the caller is")
class MeApiController {

    record Me(String email, String displayName, String organisation, List<Grant> roles) {}

    record Grant(String role, String scope) {}

    @GetMapping("/api/v1/me")
    @Operation(summary = "The signed-in caller and their roles with scopes")
    Me me() {
        var user = CurrentUser.require();
        return new Me(
                user.email(),
                user.displayName(),
                user.organisation(),
                user.grants().stream()
                        .map((RoleGrant g) -> new Grant(g.role().name(), g.scope()))
                        .toList());
    }
}
