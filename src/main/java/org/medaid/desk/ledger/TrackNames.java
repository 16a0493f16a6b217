package org.medaid.desk.ledger;

import java.util.Locale;
import org.medaid.calc.Tier;
import org.medaid.calc.TrackStatus;
import org.medaid.model.Labels;
import org.medaid.print.PrintText;

/**
 * The names of tier tracks and category groups, as the slip prints them (the print bundle holds them),
 * so the screen and the paper say the same: 医疗救助（住院）, 低保对象、返贫致贫人口.
 */
final class TrackNames {

    private final PrintText print;
    private final Locale locale;

    TrackNames(Locale locale) {
        this.locale = locale;
        this.print = PrintText.of(locale);
    }

    String track(TrackStatus s) {
        String tier;
        try {
            tier = Labels.of(Tier.valueOf(s.tier()), locale);
        } catch (IllegalArgumentException e) {
            tier = s.tier();
        }
        String track = named("track.", s.track());
        return track.isEmpty() ? tier : print.format("slip.trackName", tier, track);
    }

    String group(String id) {
        return named("group.", id);
    }

    private String named(String prefix, String id) {
        if (id == null) {
            return "";
        }
        String n = print.find(prefix + id);
        return n == null ? id : n;
    }
}
