package org.roadmapmonitor.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class RoadmapUserDetailsService implements UserDetailsService {
    private final IdentityRepository users;

    RoadmapUserDetailsService(IdentityRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findUser(username, false).orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
