package org.losi.engine.scoring;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.losi.engine.assessment.Channel;
import org.losi.engine.assessment.CityProfile;

/**
 * The fact item rules match: one city with its answers settled for one edition. Its methods are the condition
 * language of the rules, for example {@code City( yesOn("<item>", "portal, mobile_app") )}.
 *
 * <p>One fact per city keeps scoring fast: rules ask it for answers instead of joining one fact per answer.
 */
public final class City {
    private static final Map<String, Integer> CHANNEL_MASKS = new ConcurrentHashMap<>();
    private static final Map<String, String[]> CODE_LISTS = new ConcurrentHashMap<>();

    private final CityProfile profile;
    private final Map<String, Integer> yesChannels;
    private final Map<String, Boolean> answeredItems;
    final BitSet met = new BitSet();

    City(CityProfile profile, Map<String, Integer> yesChannels, Map<String, Boolean> answeredItems) {
        this.profile = profile;
        this.yesChannels = yesChannels;
        this.answeredItems = answeredItems;
    }

    /** Yes on the city's portal. */
    public boolean yes(String item) {
        return (yesChannels.getOrDefault(item, 0) & Channel.PORTAL.bit()) != 0;
    }

    /** Yes on any of the listed channels, for example {@code "portal, mobile_app, chatbot"}. */
    public boolean yesOn(String item, String channels) {
        return (yesChannels.getOrDefault(item, 0) & maskOf(channels)) != 0;
    }

    /** Yes on any channel at all: the item is channel-independent. */
    public boolean yesAnywhere(String item) {
        return yesChannels.getOrDefault(item, 0) != 0;
    }

    /** How many of the listed items are yes on the portal, for example {@code yesCount("<item>, <item>") >= 1}. */
    public int yesCount(String items) {
        int count = 0;
        for (String item : codesOf(items)) {
            count += yes(item) ? 1 : 0;
        }
        return count;
    }

    /** How many of the listed items are yes on any channel. */
    public int yesCountAnywhere(String items) {
        int count = 0;
        for (String item : codesOf(items)) {
            count += yesAnywhere(item) ? 1 : 0;
        }
        return count;
    }

    /** Whether an assessor settled the item as yes or no on some channel. */
    public boolean answered(String item) {
        return answeredItems.getOrDefault(item, false);
    }

    /** A free attribute of the city, or null. */
    public String attribute(String name) {
        return profile.attributes().get(name);
    }

    public String getId() {
        return profile.id();
    }

    public String getName() {
        return profile.name();
    }

    public String getCountry() {
        return profile.country();
    }

    /** The population, or null when the assessment does not give it; a comparison with null is false. */
    public Long getPopulation() {
        return profile.population();
    }

    public String getSettlementType() {
        return profile.settlementType();
    }

    public String getRegion() {
        return profile.region();
    }

    public String getPortalUrl() {
        return profile.portalUrl();
    }

    CityProfile profile() {
        return profile;
    }

    private static int maskOf(String channels) {
        return CHANNEL_MASKS.computeIfAbsent(channels, City::parseMask);
    }

    private static int parseMask(String channels) {
        int mask = 0;
        for (String word : channels.split(",")) {
            Channel channel = Channel.parse(word)
                    .orElseThrow(() -> new IllegalArgumentException("\"" + word.trim() + "\" in \"" + channels
                            + "\" is not a channel; expected " + Channel.expected()));
            mask |= channel.bit();
        }
        return mask;
    }

    private static String[] codesOf(String items) {
        return CODE_LISTS.computeIfAbsent(
                items,
                list -> Arrays.stream(list.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toArray(String[]::new));
    }

    @Override
    public String toString() {
        return "City(" + profile.id() + ")";
    }
}
