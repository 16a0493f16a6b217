package org.medaid.desk.person;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.medaid.desk.common.Texts;

/**
 * The policy and premium cards of the person screen. A figure the policy file marks unconfirmed
 * (POLICY-NOTES §6) gets a star and the attention colour, and the note below says which.
 */
final class PolicyCardView {

    private final Texts texts;
    private final Label policyName;
    private final Label policyDocument;
    private final Label premiumMessage;
    private final GridPane grid;
    private final Label contribution;
    private final Label subsidy;
    private final Label assistance;
    private final Label county;
    private final Label personPays;
    private final Label basis;
    private final Label unconfirmed;

    PolicyCardView(Texts texts, Label policyName, Label policyDocument, Label premiumMessage, GridPane grid, Label contribution,
            Label subsidy, Label assistance, Label county, Label personPays, Label basis, Label unconfirmed) {
        this.texts = texts;
        this.policyName = policyName;
        this.policyDocument = policyDocument;
        this.premiumMessage = premiumMessage;
        this.grid = grid;
        this.contribution = contribution;
        this.subsidy = subsidy;
        this.assistance = assistance;
        this.county = county;
        this.personPays = personPays;
        this.basis = basis;
        this.unconfirmed = unconfirmed;
    }

    void show(PolicySummary s) {
        if (s == null) {
            policyName.setText(texts.get("common.loading"));
            policyDocument.setText("");
            showPremium(false, texts.get("common.loading"));
            return;
        }
        policyName.setText(s.hasPolicy() ? s.policyName() : s.policyMissing());
        policyName.getStyleClass().removeAll("unconfirmed");
        if (!s.hasPolicy()) {
            policyName.getStyleClass().add("unconfirmed");
        }
        policyDocument.setText(s.hasPolicy() ? texts.format("policy.document", s.policyDocument()) : "");
        if (!s.hasPremium()) {
            showPremium(false, s.premiumMissing());
            return;
        }
        showPremium(true, null);
        figure(contribution, s.contribution(), s.contributionUnconfirmed());
        figure(subsidy, s.subsidy(), s.subsidyUnconfirmed());
        figure(assistance, s.assistanceFund(), s.subsidyUnconfirmed());
        figure(county, s.countyBudget(), s.subsidyUnconfirmed());
        figure(personPays, s.personPays(), s.contributionUnconfirmed() || s.subsidyUnconfirmed());
        basis.setText(s.basis());
        List<String> notes = s.unconfirmedNotes();
        unconfirmed.setText(notes.isEmpty() ? "" : texts.get("premium.unconfirmed") + String.join("；", notes));
        unconfirmed.setVisible(!notes.isEmpty());
        unconfirmed.setManaged(!notes.isEmpty());
    }

    private void showPremium(boolean figures, String message) {
        grid.setVisible(figures);
        grid.setManaged(figures);
        basis.setVisible(figures);
        basis.setManaged(figures);
        unconfirmed.setVisible(false);
        unconfirmed.setManaged(false);
        premiumMessage.setText(message == null ? "" : message);
        premiumMessage.setVisible(message != null);
        premiumMessage.setManaged(message != null);
    }

    private void figure(Label label, String amount, boolean doubtful) {
        label.setText(doubtful ? "*" + amount : amount);
        label.getStyleClass().remove("unconfirmed");
        if (doubtful) {
            label.getStyleClass().add("unconfirmed");
            label.setTooltip(new Tooltip(texts.get("premium.unconfirmed.tip")));
        } else {
            label.setTooltip(null);
        }
    }
}
