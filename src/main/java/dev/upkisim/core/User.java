package dev.upkisim.core;

import java.util.Set;

/**
 * A fixture user of an institution. {@code password} is the fixture's demo password in clear (the fixtures
 * are public test data); the portal stores only its hash.
 */
public record User(String username, String password, LocalizedText name, String email, LocalizedText affiliation,
                   String institutionId, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
