package org.losi.engine.authoring;

/** Who made a change, for history. */
public record Author(String name, String email) {
    public Author {
        name = name == null || name.isBlank() ? "anonymous author" : name.trim();
        email = email == null || email.isBlank() ? "author@localhost" : email.trim();
    }
}
