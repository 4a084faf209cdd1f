package org.losi.engine.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where an assessor found a feature. An edition decides per item which channels count. */
public enum Channel {
    PORTAL("portal"),
    MOBILE_APP("mobile_app"),
    SOCIAL_MEDIA("social_media"),
    CHATBOT("chatbot"),
    LINKED_PLATFORM("linked_platform"),
    OTHER("other");

    private final String word;

    Channel(String word) {
        this.word = word;
    }

    @JsonValue
    public String word() {
        return word;
    }

    /** The bit this channel takes in a channel mask. */
    public int bit() {
        return 1 << ordinal();
    }

    /** Reads "mobile app", "Mobile-App" or "mobile_app" alike. */
    public static Optional<Channel> parse(String text) {
        String t = text == null
                ? ""
                : text.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(c -> c.word.equals(t)).findFirst();
    }

    public static String expected() {
        return Arrays.stream(values()).map(Channel::word).collect(Collectors.joining(", "));
    }

    @JsonCreator
    static Channel fromJson(String text) {
        if (text == null || text.isBlank()) {
            return PORTAL;
        }
        return parse(text)
                .orElseThrow(() ->
                        new IllegalArgumentException("\"" + text + "\" is not a channel; expected " + expected()));
    }
}
