package org.medaid.print;

import org.medaid.print.ApplicationStages.Stage;

/** The printed name of a stage of the assistance procedure, on one line. */
final class StageNames {

    private StageNames() {
    }

    static String of(PrintText text, Stage stage) {
        String key = switch (stage) {
            case APPLIED -> "form.stage.applied";
            case TOWNSHIP_REVIEW -> "form.stage.township";
            case PUBLICITY -> "form.stage.publicity";
            case COUNTY_APPROVAL -> "form.stage.county";
            case PAYOUT -> "form.stage.payout";
        };
        return text.get(key).replace("\n", "");
    }
}
