package org.virtualcampus.identity.boundary;

import java.util.List;

/** Body of PUT /members/{id}/roles: the complete new set of roles. */
public record RolesChange(List<String> roles) {}
